-- The dashboard's figures, kept up to date in the transaction of each change (issue 15 item 7), so a
-- dashboard request reads a few hundred rows whatever the size of the book. Statement triggers on
-- "Charge" and "Agreement" write what a change adds to the figures (the row's facts after, minus
-- before) to DashboardChange; dashboard_compact (the worker, every minute)
-- folds past days into DashboardDay. The facts are the definitions lib/server/admin/dashboard used
-- to compute from the raw rows on every request; tests/admin/dashboard-rollup.integration.test.ts
-- holds them to an independent computation over the raw rows. Upcoming charges are not here: which
-- periods an agreement will be charged is the billing calendar's rule (lib/domain/billing-calendar.ts),
-- never written again in SQL.
--
-- Some figures of a row depend on other rows: an agreement's charges count while it counts, a
-- variable agreement's MRR is its last charged amount, a customer is a subscriber while any of
-- their agreements runs. Those are recomputed by dashboard_refresh_agreements under a lock on the
-- customer (DashboardCustomer), against what was last counted (DashboardAgreement, DashboardSpan),
-- so two transactions never count the same change twice or not at all.
--
-- Idempotent (applied on every migrate). Change a definition here, then raise DASHBOARD_VERSION at
-- the end: the next migrate rebuilds every figure from the raw rows.

-- lib/domain/metrics/mrr.ts monthlyAmount: amount × {DAY 365, WEEK 52, MONTH 12, YEAR 1} / (12 × count),
-- rounded half up in integers.
CREATE OR REPLACE FUNCTION dashboard_monthly(amount bigint, unit text, count integer) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
  SELECT (amount * 2 * (CASE unit WHEN 'DAY' THEN 365 WHEN 'WEEK' THEN 52 WHEN 'MONTH' THEN 12 ELSE 1 END) + 12 * count) / (24 * count)
$$;

CREATE OR REPLACE FUNCTION dashboard_interval(unit text, count integer) RETURNS interval
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE unit WHEN 'DAY' THEN make_interval(days => count) WHEN 'WEEK' THEN make_interval(weeks => count)
    WHEN 'MONTH' THEN make_interval(months => count) ELSE make_interval(years => count) END
$$;

-- What one charge adds, whatever its agreement: the payment Vipps decided (RECURRING on its due
-- day, UNSCHEDULED on its creation day; recovered when the money came on a later day than due) and
-- each refund (dated by Vipps's history, else the charge's last update). lib/domain/metrics/payments.ts.
CREATE OR REPLACE FUNCTION dashboard_charge_facts(c "Charge")
RETURNS TABLE (at timestamp(3), currency text, succeeded int, failed int, recovered bigint, "recoveredCount" int, refunded bigint, refunds int)
LANGUAGE sql STABLE AS $$
  SELECT p.at, c.currency::text, (c.status <> 'FAILED')::int, (c.status = 'FAILED')::int,
         (CASE WHEN p.rec THEN c.amount ELSE 0 END)::bigint, p.rec::int, 0::bigint, 0
  FROM (SELECT CASE WHEN c.type = 'RECURRING' THEN c.due::timestamp(3) ELSE date_trunc('day', c."createdAt")::timestamp(3) END AS at,
          (c.status <> 'FAILED' AND c.due IS NOT NULL AND c.history IS NOT NULL
            AND jsonb_path_exists(c.history, '$[*] ? ((@.event == "RESERVE" || @.event == "CAPTURE") && @.success == true && @.occurred >= $day)', jsonb_build_object('day', to_char(c.due + 1, 'YYYY-MM-DD')))
            AND NOT jsonb_path_exists(c.history, '$[*] ? ((@.event == "RESERVE" || @.event == "CAPTURE") && @.success == true && @.occurred < $day)', jsonb_build_object('day', to_char(c.due + 1, 'YYYY-MM-DD')))
          ) AS rec) p
  WHERE c.type IN ('RECURRING', 'UNSCHEDULED') AND p.at IS NOT NULL
    AND c.status IN ('RESERVED', 'CHARGED', 'PARTIALLY_CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED')
  UNION ALL
  SELECT ((h->>'occurred')::timestamptz AT TIME ZONE 'UTC')::timestamp(3), c.currency::text, 0, 0, 0, 0, (h->>'amount')::bigint, 1
  FROM jsonb_path_query(CASE WHEN jsonb_typeof(c.history) = 'array' THEN c.history ELSE '[]'::jsonb END,
                        '$[*] ? (@.event == "REFUND" && @.success == true)') h
  WHERE c."refundedAmount" > 0
  UNION ALL
  SELECT c."updatedAt", c.currency::text, 0, 0, 0, 0, c."refundedAmount"::bigint, 1
  WHERE c."refundedAmount" > 0
    AND NOT jsonb_path_exists(CASE WHEN jsonb_typeof(c.history) = 'array' THEN c.history ELSE '[]'::jsonb END,
                              '$[*] ? (@.event == "REFUND" && @.success == true)')
$$;

-- What each agreement of a customer (outside the go-live verification) counts for now, in the shape
-- of DashboardAgreement. counted: once activated; ended: when a stopped or expired one ended. MRR
-- (lib/domain/metrics/mrr.ts): the campaign price while a campaign lasts, then the ordinary price;
-- a variable agreement at what it was last charged (its chosen amount until a charge succeeds);
-- flexible prices and pay-per-use intervals have none.
CREATE OR REPLACE VIEW dashboard_agreement_now AS
SELECT a.id, a."customerId", u.environment::text AS environment, a.currency::text AS currency,
       a."activatedAt" IS NOT NULL AS counted, a.status = 'ACTIVE' AS active,
       a."activatedAt"::timestamp(3) AS started, s.ended::timestamp(3) AS ended, a."stopCause"::text AS "stopCause",
       (CASE WHEN s.campaign THEN a."activatedAt" END)::timestamp(3) AS "campaignFrom",
       (CASE WHEN s.campaign THEN (CASE WHEN s.ended IS NULL OR s.until < s.ended THEN s.until ELSE s.ended END) END)::timestamp(3) AS "campaignUntil",
       CASE WHEN s.campaign THEN s.campaign_value END AS "campaignMrr",
       (CASE WHEN s.ordinary THEN s.ordinary_from END)::timestamp(3) AS "ordinaryFrom",
       (CASE WHEN s.ordinary THEN s.ended END)::timestamp(3) AS "ordinaryUntil",
       CASE WHEN s.ordinary THEN s.value END AS "ordinaryMrr"
FROM "Agreement" a
JOIN "SalesUnit" u ON u.id = a."salesUnitId"
LEFT JOIN "Product" p ON p.id = a."productId"
LEFT JOIN LATERAL (
  SELECT c.amount FROM "Charge" c
  WHERE a."pricingType" = 'VARIABLE' AND c."agreementId" = a.id AND c.type = 'RECURRING'
    AND c.status IN ('RESERVED', 'CHARGED', 'PARTIALLY_CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED')
  ORDER BY c.due DESC NULLS LAST, c."createdAt" DESC, c.id DESC LIMIT 1) charged ON true
CROSS JOIN LATERAL (SELECT
    CASE WHEN a.status IN ('STOPPED', 'EXPIRED') THEN COALESCE(a."stoppedAt", a."updatedAt") END AS ended,
    a."activatedAt" IS NOT NULL AND a."pricingType" <> 'FLEXIBLE' AND a."intervalUnit" IS NOT NULL AS priced,
    CASE WHEN a."pricingType" = 'LEGACY' AND a."campaignType" IS NOT NULL AND a."campaignPrice" IS NOT NULL THEN
      CASE a."campaignType"
        WHEN 'PRICE_CAMPAIGN' THEN a."campaignEnd"
        WHEN 'FULL_FLEX_CAMPAIGN' THEN a."campaignEnd"
        WHEN 'EVENT_CAMPAIGN' THEN a."campaignEventDate"
        WHEN 'PERIOD_CAMPAIGN' THEN a."activatedAt" + dashboard_interval(a."campaignPeriodUnit"::text, a."campaignPeriodCount")
      END
    END AS until,
    CASE WHEN a."campaignType" = 'FULL_FLEX_CAMPAIGN' AND p."campaignIntervalUnit" IS NOT NULL
      THEN dashboard_monthly(a."campaignPrice", p."campaignIntervalUnit"::text, p."campaignIntervalCount")
      ELSE dashboard_monthly(a."campaignPrice", a."intervalUnit"::text, a."intervalCount") END AS campaign_value,
    dashboard_monthly(CASE WHEN a."pricingType" = 'LEGACY' THEN a.amount
        ELSE COALESCE(charged.amount, LEAST(COALESCE(a.amount, a."maxAmount", a."suggestedMaxAmount"), COALESCE(a."suggestedMaxAmount", a.amount, a."maxAmount"))) END,
      a."intervalUnit"::text, a."intervalCount") AS value) s0
CROSS JOIN LATERAL (SELECT s0.*,
    s0.priced AND s0.until IS NOT NULL AND s0.until > a."activatedAt" AND s0.campaign_value IS NOT NULL AS campaign,
    GREATEST(a."activatedAt", COALESCE(s0.until, a."activatedAt")) AS ordinary_from) s1
CROSS JOIN LATERAL (SELECT s1.*,
    s1.priced AND s1.value IS NOT NULL AND (s1.ended IS NULL OR s1.ordinary_from < s1.ended) AS ordinary) s
WHERE a."customerId" IS NOT NULL AND NOT a."isTest";

-- The changes an agreement's standing makes to the figures: a start, an end (churn by cause), and
-- its MRR from each segment's start to its end.
CREATE OR REPLACE FUNCTION dashboard_agreement_events(d "DashboardAgreement")
RETURNS TABLE (at timestamp(3), currency text, started int, "churnedVoluntary" int, "churnedFailedPayment" int, agreements int, mrr bigint)
LANGUAGE sql IMMUTABLE AS $$
  SELECT d.started, '', 1, 0, 0, 1, 0::bigint WHERE d.counted
  UNION ALL SELECT d.ended, '', 0, (d."stopCause" IS DISTINCT FROM 'FAILED_PAYMENT')::int,
                   (d."stopCause" IS NOT DISTINCT FROM 'FAILED_PAYMENT')::int, -1, 0 WHERE d.counted AND d.ended IS NOT NULL
  UNION ALL SELECT d."campaignFrom", d.currency, 0, 0, 0, 0, d."campaignMrr" WHERE d."campaignFrom" IS NOT NULL
  UNION ALL SELECT d."campaignUntil", d.currency, 0, 0, 0, 0, -d."campaignMrr" WHERE d."campaignFrom" IS NOT NULL
  UNION ALL SELECT d."ordinaryFrom", d.currency, 0, 0, 0, 0, d."ordinaryMrr" WHERE d."ordinaryFrom" IS NOT NULL
  UNION ALL SELECT d."ordinaryUntil", d.currency, 0, 0, 0, 0, -d."ordinaryMrr" WHERE d."ordinaryFrom" IS NOT NULL AND d."ordinaryUntil" IS NOT NULL
$$;

-- Each customer's time as a subscriber, per environment: their counted agreements' spans, merged
-- where they overlap or touch.
CREATE OR REPLACE FUNCTION dashboard_customer_spans(customers text[])
RETURNS TABLE ("customerId" text, environment text, start timestamp(3), "end" timestamp(3))
LANGUAGE sql STABLE AS $$
  SELECT c, env, MIN(s), NULLIF(MAX(e), 'infinity'::timestamp) FROM (
    SELECT c, env, s, e, SUM(CASE WHEN prev IS NULL OR s > prev THEN 1 ELSE 0 END)
             OVER (PARTITION BY c, env ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island
    FROM (SELECT c, env, s, e, MAX(e) OVER (PARTITION BY c, env ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev
          FROM (SELECT d."customerId" AS c, d.environment AS env, d.started AS s, COALESCE(d.ended, 'infinity'::timestamp) AS e
                FROM "DashboardAgreement" d WHERE d.counted AND d."customerId" = ANY(customers)
                -- NULL: every customer (a rebuild). Two branches, so a few customers are found by index.
                UNION ALL
                SELECT d."customerId", d.environment, d.started, COALESCE(d.ended, 'infinity'::timestamp)
                FROM "DashboardAgreement" d WHERE d.counted AND customers IS NULL) spans) ordered) grouped
  GROUP BY c, env, island
$$;

-- Recounts agreements whose standing may have changed, and their customers' subscriber spans,
-- against what was last counted for them.
-- Generic plans: planning the view anew costs ~10 ms, running it for a few agreements well under one.
CREATE OR REPLACE FUNCTION dashboard_refresh_agreements(ids text[]) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  locked text[] := '{}';
  wanted text[];
  flipped text[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  ids := ARRAY(SELECT DISTINCT i FROM unnest(ids) i WHERE i IS NOT NULL);
  -- Charges of agreements that start or stop counting (or being active) are added or taken away
  -- below: wait for changes to them in flight first (before the customer lock, which such a change
  -- may need itself).
  SELECT array_agg(i) INTO flipped FROM unnest(ids) i
  LEFT JOIN "DashboardAgreement" d ON d.id = i LEFT JOIN dashboard_agreement_now v ON v.id = i
  WHERE (CASE WHEN d.counted THEN d.environment END) IS DISTINCT FROM (CASE WHEN v.counted THEN v.environment END)
     OR (CASE WHEN d.active THEN d.environment END) IS DISTINCT FROM (CASE WHEN v.active THEN v.environment END);
  IF flipped IS NOT NULL THEN
    PERFORM 1 FROM "Charge" c WHERE c."agreementId" = ANY(flipped) ORDER BY c.id FOR SHARE;
  END IF;
  -- One customer's agreements are counted one transaction at a time (customers in one order).
  LOOP
    SELECT coalesce(array_agg(DISTINCT c ORDER BY c), '{}') INTO wanted FROM (
      SELECT a."customerId" AS c FROM "Agreement" a WHERE a.id = ANY(ids) AND a."customerId" IS NOT NULL
      UNION SELECT d."customerId" FROM "DashboardAgreement" d WHERE d.id = ANY(ids)) x
    WHERE NOT (c = ANY(locked));
    EXIT WHEN cardinality(wanted) = 0;
    INSERT INTO "DashboardCustomer" ("customerId") SELECT w FROM unnest(wanted) w ORDER BY w ON CONFLICT DO NOTHING;
    PERFORM 1 FROM "DashboardCustomer" WHERE "customerId" = ANY(wanted) ORDER BY "customerId" FOR UPDATE;
    locked := locked || wanted;
  END LOOP;

  WITH was AS (SELECT * FROM "DashboardAgreement" WHERE id = ANY(ids)),
  fresh AS (SELECT * FROM dashboard_agreement_now WHERE id = ANY(ids)),
  keys AS (
    SELECT i AS id, CASE WHEN w.counted THEN w.environment END AS counted_was, CASE WHEN f.counted THEN f.environment END AS counted_now
    FROM unnest(ids) i LEFT JOIN was w ON w.id = i LEFT JOIN fresh f ON f.id = i),
  changes AS (
    SELECT w.environment, e.currency, e.at, -1 AS sign, 0 AS succeeded, 0 AS failed, 0::bigint AS recovered, 0 AS "recoveredCount",
           0::bigint AS refunded, 0 AS refunds, e.started, e."churnedVoluntary", e."churnedFailedPayment", e.agreements, e.mrr
    FROM was w CROSS JOIN LATERAL dashboard_agreement_events(ROW(w.*)::"DashboardAgreement") e
    UNION ALL
    SELECT f.environment, e.currency, e.at, 1, 0, 0, 0, 0, 0, 0, e.started, e."churnedVoluntary", e."churnedFailedPayment", e.agreements, e.mrr
    FROM fresh f CROSS JOIN LATERAL dashboard_agreement_events(ROW(f.*)::"DashboardAgreement") e
    UNION ALL
    SELECT x.env, cf.currency, cf.at, x.sign, cf.succeeded, cf.failed, cf.recovered, cf."recoveredCount", cf.refunded, cf.refunds, 0, 0, 0, 0, 0
    FROM keys k CROSS JOIN LATERAL (VALUES (k.counted_was, -1), (k.counted_now, 1)) x(env, sign)
    JOIN "Charge" c ON c."agreementId" = k.id CROSS JOIN LATERAL dashboard_charge_facts(c) cf
    WHERE k.counted_was IS DISTINCT FROM k.counted_now AND x.env IS NOT NULL)
  INSERT INTO "DashboardChange" (environment, currency, at, succeeded, failed, recovered, "recoveredCount", refunded, refunds,
                                 started, "churnedVoluntary", "churnedFailedPayment", agreements, mrr)
  SELECT environment, currency, at, SUM(sign * succeeded), SUM(sign * failed), SUM(sign * recovered), SUM(sign * "recoveredCount"),
         SUM(sign * refunded), SUM(sign * refunds), SUM(sign * started), SUM(sign * "churnedVoluntary"), SUM(sign * "churnedFailedPayment"),
         SUM(sign * agreements), SUM(sign * mrr)
  FROM changes GROUP BY environment, currency, at
  HAVING SUM(sign * succeeded) <> 0 OR SUM(sign * failed) <> 0 OR SUM(sign * recovered) <> 0 OR SUM(sign * "recoveredCount") <> 0
      OR SUM(sign * refunded) <> 0 OR SUM(sign * refunds) <> 0 OR SUM(sign * started) <> 0 OR SUM(sign * "churnedVoluntary") <> 0
      OR SUM(sign * "churnedFailedPayment") <> 0 OR SUM(sign * agreements) <> 0 OR SUM(sign * mrr) <> 0;

  DELETE FROM "DashboardAgreement" WHERE id = ANY(ids);
  INSERT INTO "DashboardAgreement" SELECT * FROM dashboard_agreement_now WHERE id = ANY(ids);

  IF cardinality(locked) > 0 THEN
    WITH fresh AS (SELECT * FROM dashboard_customer_spans(locked)),
    changes AS (
      SELECT s.environment, s.start AS at, -1 AS delta FROM "DashboardSpan" s WHERE s."customerId" = ANY(locked)
      UNION ALL SELECT s.environment, s."end", 1 FROM "DashboardSpan" s WHERE s."customerId" = ANY(locked) AND s."end" IS NOT NULL
      UNION ALL SELECT f.environment, f.start, 1 FROM fresh f
      UNION ALL SELECT f.environment, f."end", -1 FROM fresh f WHERE f."end" IS NOT NULL)
    INSERT INTO "DashboardChange" (environment, currency, at, subscribers)
    SELECT environment, '', at, SUM(delta) FROM changes GROUP BY environment, at HAVING SUM(delta) <> 0;
    DELETE FROM "DashboardSpan" WHERE "customerId" = ANY(locked);
    INSERT INTO "DashboardSpan" ("customerId", environment, start, "end") SELECT * FROM dashboard_customer_spans(locked);
  END IF;
END $$;

-- Charges before and after a change (either side may be empty).
CREATE OR REPLACE FUNCTION dashboard_charges_changed(olds "Charge"[], news "Charge"[]) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  -- A variable agreement counts at its last charged amount: recount those whose charged amounts moved.
  PERFORM dashboard_refresh_agreements(ARRAY(
    SELECT DISTINCT m."agreementId" FROM (
      SELECT COALESCE(o."agreementId", n."agreementId") AS "agreementId"
      FROM (SELECT t.id, t."agreementId", t.amount, t.due, t."createdAt" FROM unnest(olds) t
            WHERE t.type = 'RECURRING' AND t.status IN ('RESERVED', 'CHARGED', 'PARTIALLY_CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED')) o
      FULL JOIN (SELECT t.id, t."agreementId", t.amount, t.due, t."createdAt" FROM unnest(news) t
            WHERE t.type = 'RECURRING' AND t.status IN ('RESERVED', 'CHARGED', 'PARTIALLY_CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED')) n ON n.id = o.id
      WHERE (o."agreementId", o.amount, o.due, o."createdAt") IS DISTINCT FROM (n."agreementId", n.amount, n.due, n."createdAt")) m
    JOIN "Agreement" a ON a.id = m."agreementId" AND a."pricingType" = 'VARIABLE'));

  INSERT INTO "DashboardChange" (environment, currency, at, succeeded, failed, recovered, "recoveredCount", refunded, refunds)
  SELECT d.environment, f.currency, f.at, SUM(x.sign * f.succeeded), SUM(x.sign * f.failed), SUM(x.sign * f.recovered),
         SUM(x.sign * f."recoveredCount"), SUM(x.sign * f.refunded), SUM(x.sign * f.refunds)
  FROM (SELECT t AS c, -1 AS sign FROM unnest(olds) t UNION ALL SELECT t, 1 FROM unnest(news) t) x
  JOIN "DashboardAgreement" d ON d.id = (x.c)."agreementId" AND d.counted
  CROSS JOIN LATERAL dashboard_charge_facts(x.c) f
  GROUP BY 1, 2, 3
  HAVING SUM(x.sign * f.succeeded) <> 0 OR SUM(x.sign * f.failed) <> 0 OR SUM(x.sign * f.recovered) <> 0
      OR SUM(x.sign * f."recoveredCount") <> 0 OR SUM(x.sign * f.refunded) <> 0 OR SUM(x.sign * f.refunds) <> 0;
END $$;

CREATE OR REPLACE FUNCTION dashboard_charges_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_charges_changed('{}'::"Charge"[], ARRAY(SELECT n::"Charge" FROM new_rows n));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dashboard_charges_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_charges_changed(ARRAY(SELECT o::"Charge" FROM old_rows o), '{}'::"Charge"[]);
  RETURN NULL;
END $$;

-- Only updates that move a figure: most (a lease, a sync time, a mail sent) move none.
CREATE OR REPLACE FUNCTION dashboard_charges_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  olds "Charge"[];
  news "Charge"[];
BEGIN
  SELECT array_agg(o), array_agg(n) INTO olds, news
  FROM old_rows o JOIN new_rows n ON n.id = o.id
  WHERE (o.type, o.status, o.due, o."createdAt", o.amount, o.currency, o."refundedAmount", o."agreementId", o.history, o."sendState" = 'REJECTED')
        IS DISTINCT FROM (n.type, n.status, n.due, n."createdAt", n.amount, n.currency, n."refundedAmount", n."agreementId", n.history, n."sendState" = 'REJECTED')
     OR (n."refundedAmount" > 0 AND o."updatedAt" IS DISTINCT FROM n."updatedAt");
  IF olds IS NOT NULL THEN PERFORM dashboard_charges_changed(olds, news); END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dashboard_agreements_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_refresh_agreements(ARRAY(SELECT n.id FROM new_rows n WHERE n."customerId" IS NOT NULL AND NOT n."isTest"));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dashboard_agreements_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_refresh_agreements(ARRAY(SELECT o.id FROM old_rows o WHERE o."customerId" IS NOT NULL AND NOT o."isTest"));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION dashboard_agreements_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_refresh_agreements(ARRAY(
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE ((o."customerId" IS NOT NULL AND NOT o."isTest") OR (n."customerId" IS NOT NULL AND NOT n."isTest"))
      AND ((o.status, o."activatedAt", o."stoppedAt", o."stopCause", o."customerId", o."isTest", o."salesUnitId", o.currency, o."pricingType",
            o.amount, o."maxAmount", o."suggestedMaxAmount", o."intervalUnit", o."intervalCount", o."campaignType", o."campaignPrice",
            o."campaignEnd", o."campaignEventDate", o."campaignPeriodUnit", o."campaignPeriodCount", o."productId")
           IS DISTINCT FROM
           (n.status, n."activatedAt", n."stoppedAt", n."stopCause", n."customerId", n."isTest", n."salesUnitId", n.currency, n."pricingType",
            n.amount, n."maxAmount", n."suggestedMaxAmount", n."intervalUnit", n."intervalCount", n."campaignType", n."campaignPrice",
            n."campaignEnd", n."campaignEventDate", n."campaignPeriodUnit", n."campaignPeriodCount", n."productId")
        -- A stopped agreement without stoppedAt ended at its last update.
        OR (n.status IN ('STOPPED', 'EXPIRED') AND n."stoppedAt" IS NULL AND o."updatedAt" IS DISTINCT FROM n."updatedAt"))));
  RETURN NULL;
END $$;

-- A full-flex campaign's own interval is kept on the product.
CREATE OR REPLACE FUNCTION dashboard_products_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_refresh_agreements(ARRAY(
    SELECT a.id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN "Agreement" a ON a."productId" = n.id
    WHERE (o."campaignIntervalUnit", o."campaignIntervalCount") IS DISTINCT FROM (n."campaignIntervalUnit", n."campaignIntervalCount")
      AND a."campaignType" = 'FULL_FLEX_CAMPAIGN'));
  RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS dashboard_charges_inserted ON "Charge";
CREATE TRIGGER dashboard_charges_inserted AFTER INSERT ON "Charge"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_charges_inserted();
DROP TRIGGER IF EXISTS dashboard_charges_updated ON "Charge";
CREATE TRIGGER dashboard_charges_updated AFTER UPDATE ON "Charge"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_charges_updated();
DROP TRIGGER IF EXISTS dashboard_charges_deleted ON "Charge";
CREATE TRIGGER dashboard_charges_deleted AFTER DELETE ON "Charge"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_charges_deleted();
DROP TRIGGER IF EXISTS dashboard_agreements_inserted ON "Agreement";
CREATE TRIGGER dashboard_agreements_inserted AFTER INSERT ON "Agreement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_agreements_inserted();
DROP TRIGGER IF EXISTS dashboard_agreements_updated ON "Agreement";
CREATE TRIGGER dashboard_agreements_updated AFTER UPDATE ON "Agreement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_agreements_updated();
DROP TRIGGER IF EXISTS dashboard_agreements_deleted ON "Agreement";
CREATE TRIGGER dashboard_agreements_deleted AFTER DELETE ON "Agreement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_agreements_deleted();
DROP TRIGGER IF EXISTS dashboard_products_updated ON "Product";
CREATE TRIGGER dashboard_products_updated AFTER UPDATE ON "Product"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_products_updated();

-- Folds the changes dated before `today` into days.
-- Safe beside the triggers (rows appended meanwhile are left for the next run) and beside itself.
CREATE OR REPLACE FUNCTION dashboard_compact(today timestamp) RETURNS void LANGUAGE sql AS $$
  WITH moved AS (DELETE FROM "DashboardChange" WHERE at < today RETURNING *)
  INSERT INTO "DashboardDay" (environment, day, currency, succeeded, failed, recovered, "recoveredCount", refunded, refunds,
                              started, "churnedVoluntary", "churnedFailedPayment", agreements, subscribers, mrr)
  SELECT environment, at::date, currency, SUM(succeeded), SUM(failed), SUM(recovered), SUM("recoveredCount"), SUM(refunded), SUM(refunds),
         SUM(started), SUM("churnedVoluntary"), SUM("churnedFailedPayment"), SUM(agreements), SUM(subscribers), SUM(mrr)
  FROM moved GROUP BY environment, at::date, currency
  ON CONFLICT (environment, day, currency) DO UPDATE SET
    succeeded = "DashboardDay".succeeded + EXCLUDED.succeeded, failed = "DashboardDay".failed + EXCLUDED.failed,
    recovered = "DashboardDay".recovered + EXCLUDED.recovered, "recoveredCount" = "DashboardDay"."recoveredCount" + EXCLUDED."recoveredCount",
    refunded = "DashboardDay".refunded + EXCLUDED.refunded, refunds = "DashboardDay".refunds + EXCLUDED.refunds,
    started = "DashboardDay".started + EXCLUDED.started, "churnedVoluntary" = "DashboardDay"."churnedVoluntary" + EXCLUDED."churnedVoluntary",
    "churnedFailedPayment" = "DashboardDay"."churnedFailedPayment" + EXCLUDED."churnedFailedPayment",
    agreements = "DashboardDay".agreements + EXCLUDED.agreements, subscribers = "DashboardDay".subscribers + EXCLUDED.subscribers,
    mrr = "DashboardDay".mrr + EXCLUDED.mrr;
$$;

-- Every figure from the raw rows (the first install, a changed definition, the benchmark's seeded
-- book). Changes dated before `today` go straight into days; with `today` NULL all stay changes
-- (the worker folds them on its next run, by Abo's clock). Not for a live system's normal day.
CREATE OR REPLACE FUNCTION dashboard_rebuild(today timestamp) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "DashboardChange", "DashboardDay", "DashboardAgreement", "DashboardCustomer", "DashboardSpan";
  INSERT INTO "DashboardAgreement" SELECT * FROM dashboard_agreement_now;
  INSERT INTO "DashboardCustomer" ("customerId") SELECT DISTINCT "customerId" FROM "DashboardAgreement";
  INSERT INTO "DashboardSpan" ("customerId", environment, start, "end") SELECT * FROM dashboard_customer_spans(NULL);

  DROP TABLE IF EXISTS pg_temp.dashboard_rebuilt;
  CREATE TEMP TABLE dashboard_rebuilt ON COMMIT DROP AS
  SELECT environment, currency, at, SUM(succeeded)::int AS succeeded, SUM(failed)::int AS failed, SUM(recovered)::bigint AS recovered,
         SUM("recoveredCount")::int AS "recoveredCount", SUM(refunded)::bigint AS refunded, SUM(refunds)::int AS refunds,
         SUM(started)::int AS started, SUM("churnedVoluntary")::int AS "churnedVoluntary", SUM("churnedFailedPayment")::int AS "churnedFailedPayment",
         SUM(agreements)::int AS agreements, SUM(subscribers)::int AS subscribers, SUM(mrr)::bigint AS mrr
  FROM (
    SELECT d.environment, e.currency, e.at, 0 AS succeeded, 0 AS failed, 0::bigint AS recovered, 0 AS "recoveredCount", 0::bigint AS refunded,
           0 AS refunds, e.started, e."churnedVoluntary", e."churnedFailedPayment", e.agreements, 0 AS subscribers, e.mrr
    FROM "DashboardAgreement" d CROSS JOIN LATERAL dashboard_agreement_events(d) e
    UNION ALL
    SELECT s.environment, '', s.start, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0 FROM "DashboardSpan" s
    UNION ALL
    SELECT s.environment, '', s."end", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0 FROM "DashboardSpan" s WHERE s."end" IS NOT NULL
    UNION ALL
    SELECT d.environment, f.currency, f.at, f.succeeded, f.failed, f.recovered, f."recoveredCount", f.refunded, f.refunds, 0, 0, 0, 0, 0, 0
    FROM "Charge" c JOIN "DashboardAgreement" d ON d.id = c."agreementId" AND d.counted CROSS JOIN LATERAL dashboard_charge_facts(c) f
  ) facts GROUP BY environment, currency, at;

  INSERT INTO "DashboardDay" (environment, day, currency, succeeded, failed, recovered, "recoveredCount", refunded, refunds,
                              started, "churnedVoluntary", "churnedFailedPayment", agreements, subscribers, mrr)
  SELECT environment, at::date, currency, SUM(succeeded), SUM(failed), SUM(recovered), SUM("recoveredCount"), SUM(refunded), SUM(refunds),
         SUM(started), SUM("churnedVoluntary"), SUM("churnedFailedPayment"), SUM(agreements), SUM(subscribers), SUM(mrr)
  FROM dashboard_rebuilt WHERE at < today GROUP BY environment, at::date, currency;
  INSERT INTO "DashboardChange" (environment, currency, at, succeeded, failed, recovered, "recoveredCount", refunded, refunds,
                                 started, "churnedVoluntary", "churnedFailedPayment", agreements, subscribers, mrr)
  SELECT environment, currency, at, succeeded, failed, recovered, "recoveredCount", refunded, refunds,
         started, "churnedVoluntary", "churnedFailedPayment", agreements, subscribers, mrr
  FROM dashboard_rebuilt WHERE today IS NULL OR at >= today;
  DROP TABLE dashboard_rebuilt;
END $$;

-- DASHBOARD_VERSION: raise it when a definition above changes what a row counts for.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "DashboardRollup" WHERE id = 1 AND version >= 1) THEN
    PERFORM dashboard_rebuild(NULL);
    INSERT INTO "DashboardRollup" (id, version, "builtAt") VALUES (1, 1, now())
    ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, "builtAt" = EXCLUDED."builtAt";
  END IF;
END $$;
