import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { Prisma, type Agreement } from "@/lib/generated/prisma/client";
import { OPEN_CHARGE_STATUSES } from "@/lib/domain/billing-calendar";
import { FORECAST_DAYS, forecastKeyAt } from "@/lib/domain/metrics/forecast";
import { upcomingByDay, type TUpcomingRow } from "@/lib/domain/metrics/upcoming";
import { addDays } from "@/lib/domain/periods";
import { calendarAgreementOf, type TCalendarColumns } from "@/lib/server/agreements/billing-plan";
import { staleForecastSql } from "./refresh-forecast";
import { ts, type TScope } from "./scope";

type TAgreementRow = Pick<Agreement, TCalendarColumns> & { currency: string };
type TSumRow = { day: string; currency: string; amount: bigint; count: bigint };

const day = (date: Date) => date.toISOString().slice(0, 10);
const sums = (rows: TSumRow[]): TUpcomingRow[] =>
  rows.map((r) => ({ day: r.day, currency: r.currency, amount: Number(r.amount), count: Number(r.count) }));

/**
 * Charges due from today (ctx.now) through today + days, per day and currency: those already created and not
 * yet taken, plus each active agreement's next charges from the billing calendar. The calendar's
 * part is read from the forecast the worker keeps (ForecastDaily, refresh-forecast.ts); agreements
 * whose forecast is stale (changed since, or computed at another day or earliest due date) are left
 * out of it and computed here with the calendar instead, so the panel is exact at every moment and
 * reads a month of rows when the forecast is fresh.
 */
export const queryUpcoming = async (
  ctx: TServerContext,
  scope: TScope,
  days: number,
): Promise<TUpcomingRow[]> => {
  const { now } = ctx;
  if (days > FORECAST_DAYS) throw new RangeError(`The forecast reaches ${FORECAST_DAYS} days, not ${days}`);
  const key = forecastKeyAt(now);
  const today = key.day;
  const last = addDays(today, days);
  const environment = Prisma.sql`${scope.environment}::"VippsEnvironment"`;
  // The agreements the dashboard counts (scope.ts), ACTIVE ones only.
  const active = Prisma.sql`a.status = 'ACTIVE' AND a."customerId" IS NOT NULL AND NOT a."isTest"
    AND u.environment = ${environment}`;
  const fresh = Prisma.sql`"computedDay" = ${day(key.day)}::date AND "computedEarliest" = ${day(key.earliest)}::date
    AND due >= ${day(today)}::date AND due <= ${day(last)}::date`;
  const [[forecast, stale], planned] = await Promise.all([
    // One snapshot: an agreement is either in the daily sums or computed here, never both or neither.
    db.$transaction(
      async (tx) =>
        [
          await tx.$queryRaw<TSumRow[]>`
          SELECT to_char(due, 'YYYY-MM-DD') AS day, currency::text AS currency, SUM(amount)::bigint AS amount,
            SUM(count)::bigint AS count
          FROM (
            SELECT due, currency, amount, count FROM "ForecastDaily" WHERE environment = ${environment} AND ${fresh}
            UNION ALL
            -- Rows of agreements stale now (changed since, or their flag not cleared by the run that
            -- wrote these rows): still in the daily sums, taken out; the same test picks the ones
            -- computed below, so each agreement is counted exactly once.
            SELECT due, currency, -amount, -1 FROM "ForecastCharge"
            WHERE environment = ${environment} AND ${fresh}
              AND "agreementId" IN (SELECT a.id FROM "Agreement" a WHERE ${staleForecastSql(key)})
          ) f
          GROUP BY due, currency HAVING SUM(count) <> 0`,
          await tx.$queryRaw<TAgreementRow[]>`
          SELECT a.currency::text AS currency, a."pricingType", a.amount, a."suggestedMaxAmount", a."maxAmount",
            a."intervalUnit", a."intervalCount", a."billingAnchor", a."anchorPeriodIndex", a."nextPeriodIndex",
            a."pausedUntil", a."stopAt", a."campaignType", a."campaignPrice", a."campaignEnd", a."campaignEventDate",
            a."campaignPeriodUnit", a."campaignPeriodCount", a."campaignEndPeriod"
          FROM "Agreement" a JOIN "SalesUnit" u ON u.id = a."salesUnitId"
          WHERE ${active} AND a."pricingType" <> 'FLEXIBLE' AND a."nextChargeDate" <= ${day(last)}::date
            AND ${staleForecastSql(key)}`,
        ] as const,
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
    ),
    db.$queryRaw<TSumRow[]>`
      SELECT to_char(c.due, 'YYYY-MM-DD') AS day, c.currency::text AS currency, SUM(c.amount) AS amount, COUNT(*) AS count
      FROM "Charge" c JOIN "Agreement" a ON a.id = c."agreementId" JOIN "SalesUnit" u ON u.id = a."salesUnitId"
      WHERE ${active}
        AND c.status = ANY(${[...OPEN_CHARGE_STATUSES]}::"ChargeStatus"[]) AND c."sendState" <> 'REJECTED'
        AND c.due >= ${ts(today)}::date AND c.due <= ${ts(last)}::date
      GROUP BY day, c.currency`,
  ]);
  return upcomingByDay({
    agreements: stale.map((row) => ({ ...calendarAgreementOf(row), currency: row.currency })),
    planned: [...sums(planned), ...sums(forecast)],
    now,
    days,
  });
};
