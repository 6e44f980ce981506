// Each dashboard figure as pseudo-SQL over Abo's tables, for the glossary (/admin/dashboard/glossary).
// The same in every language: the words are in the i18n messages. `counted` is the book every figure
// reads; :from and :to bound the range (:to exclusive), :end is its last moment (now at the latest).
import type { TGlossaryEntry } from "./figures";

const COUNTED = `-- counted: the agreements every figure reads
WITH counted AS (
  SELECT a.*, CASE WHEN a.status IN ('STOPPED', 'EXPIRED')
                   THEN COALESCE(a."stoppedAt", a."updatedAt") END AS ended
  FROM "Agreement" a JOIN "SalesUnit" u ON u.id = a."salesUnitId"
  WHERE a."customerId" IS NOT NULL AND NOT a."isTest"
    AND a."activatedAt" IS NOT NULL AND u.environment = :shop_environment
)`;

const ACTIVE_AT = (at: string) => `a."activatedAt" < ${at} AND (a.ended IS NULL OR a.ended >= ${at})`;

const DECIDED = `SELECT c.* FROM "Charge" c JOIN counted a ON a.id = c."agreementId"
WHERE c.status IN ('RESERVED', 'PARTIALLY_CAPTURED', 'CHARGED',
                   'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED')
  AND ((c.type = 'RECURRING'   AND c.due >= :from AND c.due < :to)
    OR (c.type = 'UNSCHEDULED' AND c."createdAt" >= :from AND c."createdAt" < :to))`;

export const GLOSSARY_SQL: Record<TGlossaryEntry, string> = {
  mrr: `${COUNTED}
SELECT a.currency, SUM(monthly(
         CASE
           WHEN a."pricingType" = 'LEGACY' AND campaign_lasts(a, :end) THEN a."campaignPrice"
           WHEN a."pricingType" = 'LEGACY' THEN a.amount
           ELSE COALESCE(last_charged(a, :end),               -- VARIABLE
                         LEAST(COALESCE(a.amount, a."maxAmount", a."suggestedMaxAmount"),
                               COALESCE(a."suggestedMaxAmount", a.amount, a."maxAmount")))
         END, a."intervalUnit", a."intervalCount")) AS mrr
FROM counted a
WHERE ${ACTIVE_AT(":end")}
  AND a."pricingType" <> 'FLEXIBLE' AND a."intervalUnit" IS NOT NULL
GROUP BY a.currency;

-- monthly(p, unit, n) = round(p × {DAY 365, WEEK 52, MONTH 12, YEAR 1} ÷ (12 × n)), half up
-- last_charged(a, t) = amount of a's latest charge with type = 'RECURRING', status in the
--   succeeded statuses above and due <= t::date, by due; NULL when there is none`,
  subscribers: `${COUNTED}
SELECT COUNT(DISTINCT a."customerId") FROM counted a
WHERE ${ACTIVE_AT(":end")};`,
  new: `${COUNTED}
SELECT COUNT(*) FROM counted a
WHERE a."activatedAt" >= :from AND a."activatedAt" < :to;`,
  "active-at-start": `${COUNTED}
SELECT COUNT(*) FROM counted a
WHERE ${ACTIVE_AT(":from")};`,
  "churned-voluntary": `${COUNTED}
SELECT COUNT(*) FROM counted a
WHERE a.ended >= :from AND a.ended < :to
  AND a."stopCause" IS DISTINCT FROM 'FAILED_PAYMENT';`,
  "churned-failed-payment": `${COUNTED}
SELECT COUNT(*) FROM counted a
WHERE a.ended >= :from AND a.ended < :to
  AND a."stopCause" = 'FAILED_PAYMENT';`,
  "churn-rate": `(churned_voluntary + churned_failed_payment)
  / NULLIF(active_at_start + new, 0)`,
  "charges-succeeded": `${COUNTED}
SELECT COUNT(*) FROM (${DECIDED}) c
WHERE c.status <> 'FAILED';`,
  "charges-failed": `${COUNTED}
SELECT COUNT(*) FROM (${DECIDED}) c
WHERE c.status = 'FAILED';`,
  "failed-payment-rate": `charges_failed / NULLIF(charges_succeeded + charges_failed, 0)`,
  recovered: `${COUNTED}
SELECT c.currency, SUM(c.amount), COUNT(*) FROM (${DECIDED}) c
WHERE c.status <> 'FAILED' AND c.due IS NOT NULL
  AND first_paid(c)::date > c.due      -- first successful RESERVE or CAPTURE in c.history
GROUP BY c.currency;`,
  refunds: `${COUNTED}
SELECT c.currency, SUM(r.amount), COUNT(*)
FROM "Charge" c JOIN counted a ON a.id = c."agreementId",
     refunds_of(c) r   -- each successful REFUND in c.history (occurred, amount);
                       -- none there: one of c."refundedAmount" at c."updatedAt"
WHERE c."refundedAmount" > 0 AND r.occurred >= :from AND r.occurred < :to
GROUP BY c.currency;`,
  upcoming: `SELECT currency, SUM(amount), COUNT(*) FROM (
  SELECT c.currency, c.amount FROM "Charge" c JOIN "Agreement" a ON a.id = c."agreementId"
  WHERE a.status = 'ACTIVE' AND c.status IN ('PENDING', 'DUE', 'PROCESSING')
    AND c."sendState" <> 'REJECTED' AND c.due BETWEEN :today AND :today + 30
  UNION ALL
  SELECT a.currency, p.amount FROM "Agreement" a,
         planned_periods(a, :today, :today + 30) p  -- the scheduler's calendar from
  WHERE a.status = 'ACTIVE'                          -- nextPeriodIndex: pauses skipped, stops
) upcoming                                            -- end it, amounts under 100 skipped
GROUP BY currency;   -- a: a real customer's agreement in the shop's environment`,
  stops: `${COUNTED}
SELECT f.reason, COUNT(*) FROM "StopFeedback" f JOIN counted a ON a.id = f."agreementId"
WHERE f."replacedAt" IS NULL AND f.outcome = 'STOPPED'
  AND f."createdAt" >= :from AND f."createdAt" < :to
GROUP BY f.reason;   -- NULL: no reason given`,
  "kept-by-offer": `${COUNTED}
SELECT f.reason, COUNT(*) FROM "StopFeedback" f JOIN counted a ON a.id = f."agreementId"
WHERE f."replacedAt" IS NULL AND f.outcome IN ('PAUSED', 'PLAN_CHANGED')
  AND f."createdAt" >= :from AND f."createdAt" < :to
GROUP BY f.reason;`,
};
