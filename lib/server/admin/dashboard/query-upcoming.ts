import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { analyticalQuery, intervalSql, ts, type TScope } from "./scope";

export type TUpcomingRow = { day: string; currency: string; amount: number; count: number };

/**
 * Charges due from today through today + days, per day and currency: those already created and not
 * yet decided, plus each active agreement's next periods projected with the scheduler's rules
 * (lib/domain/metrics/upcoming.ts projectCharges, lib/domain/periods.ts periodStart and priceForPeriod).
 * Each agreement gets only as many candidate periods as its interval can fit in the window.
 */
export const queryUpcoming = async (scope: TScope, today: Date, days: number): Promise<TUpcomingRow[]> => {
  const last = new Date(today.getTime() + days * 86_400_000);
  const step = (j: Prisma.Sql) =>
    Prisma.sql`${intervalSql(Prisma.sql`a."intervalUnit"::text`, Prisma.sql`a."intervalCount" * ${j}`)}`;
  const campaignStep = intervalSql(
    Prisma.sql`a."campaignPeriodUnit"::text`,
    Prisma.sql`a."campaignPeriodCount"`,
  );
  const rows = await analyticalQuery<Record<string, bigint | number | string>>(Prisma.sql`
    WITH active AS (
      SELECT a.id, a.currency, a."pricingType", a.amount, a."maxAmount", a."suggestedMaxAmount", a."campaignType", a."campaignPrice", a."campaignEnd",
             a."campaignEventDate", a."campaignPeriodUnit", a."campaignPeriodCount", a."pausedUntil", a."stopAt", a."billingAnchor", a."anchorPeriodIndex",
             a."nextPeriodIndex", a."nextChargeDate", a."intervalUnit", a."intervalCount", a."campaignEndPeriod"
      FROM "Agreement" a JOIN "SalesUnit" u ON u.id = a."salesUnitId"
      WHERE a.status = 'ACTIVE' AND a."customerId" IS NOT NULL AND NOT a."isTest" AND u.environment = ${scope.environment}::"VippsEnvironment"
    ),
    created AS (
      SELECT c.due, c.currency::text AS currency, c.amount FROM "Charge" c JOIN active a ON a.id = c."agreementId"
      WHERE c.status IN ('PENDING', 'DUE', 'PROCESSING') AND c."sendState" <> 'REJECTED' AND c.due >= ${ts(today)}::date AND c.due <= ${ts(last)}::date
    ),
    periods AS (
      SELECT a.currency::text AS currency, a."pricingType", a.amount, a."maxAmount", a."suggestedMaxAmount", a."campaignType", a."campaignPrice",
             a."campaignEnd", a."campaignEventDate", a."campaignEndPeriod", a."pausedUntil", a."stopAt", k,
             (CASE
                WHEN k = a."anchorPeriodIndex" THEN a."billingAnchor"::timestamp
                WHEN a."campaignType" = 'PERIOD_CAMPAIGN' AND a."campaignPeriodUnit" IS NOT NULL AND a."anchorPeriodIndex" = 0
                  THEN a."billingAnchor" + ${campaignStep} + ${step(Prisma.sql`(k - 1)`)}
                ELSE a."billingAnchor" + ${step(Prisma.sql`(k - a."anchorPeriodIndex")`)}
              END)::date AS start,
             (CASE
                WHEN a."campaignType" = 'PERIOD_CAMPAIGN' AND a."campaignPeriodUnit" IS NOT NULL AND a."anchorPeriodIndex" = 0
                  THEN a."billingAnchor" + ${campaignStep} + ${step(Prisma.sql`k`)}
                ELSE a."billingAnchor" + ${step(Prisma.sql`(k + 1 - a."anchorPeriodIndex")`)}
              END)::date AS "end"
      FROM active a, generate_series(a."nextPeriodIndex", a."nextPeriodIndex" +
             (CASE a."intervalUnit" WHEN 'DAY' THEN ${days}::int / a."intervalCount" + 2 WHEN 'WEEK' THEN ${days}::int / (7 * a."intervalCount") + 2 ELSE 3 END)) AS k
      WHERE a."pricingType" <> 'FLEXIBLE' AND a."billingAnchor" IS NOT NULL AND a."intervalUnit" IS NOT NULL AND a."intervalCount" IS NOT NULL
        AND a."nextChargeDate" <= ${ts(last)}::date
    ),
    projected AS (
      SELECT GREATEST(start, ${ts(today)}::date + 1) AS due, currency,
             CASE WHEN "pricingType" = 'VARIABLE'
                  THEN LEAST(COALESCE(amount, "maxAmount", "suggestedMaxAmount"), COALESCE("suggestedMaxAmount", amount, "maxAmount"))
                  WHEN "campaignPrice" IS NOT NULL AND ("campaignEndPeriod" IS NULL OR k < "campaignEndPeriod") AND (
                    ("campaignType" IN ('PRICE_CAMPAIGN', 'FULL_FLEX_CAMPAIGN') AND start < "campaignEnd")
                    OR ("campaignType" = 'EVENT_CAMPAIGN' AND start < "campaignEventDate")
                    OR ("campaignType" = 'PERIOD_CAMPAIGN' AND k = 0)) THEN LEAST("campaignPrice", amount)
                  ELSE amount END AS amount,
             start, "end", "pausedUntil", "stopAt"
      FROM periods
      WHERE start <= ${ts(last)}::date
    )
    SELECT to_char(due, 'YYYY-MM-DD') AS day, currency, SUM(amount) AS amount, COUNT(*) AS count FROM (
      SELECT due, currency, amount FROM created
      UNION ALL
      SELECT due, currency, amount FROM projected
      WHERE amount >= 100 AND "end" > ${ts(today)}::date AND due <= ${ts(last)}::date
        AND ("pausedUntil" IS NULL OR start >= "pausedUntil"::date)
        AND ("stopAt" IS NULL OR start < "stopAt")
    ) upcoming
    GROUP BY day, currency ORDER BY day, currency`);
  return rows.map((r) => ({
    day: String(r.day),
    currency: String(r.currency),
    amount: Number(r.amount),
    count: Number(r.count),
  }));
};
