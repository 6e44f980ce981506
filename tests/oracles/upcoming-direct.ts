// Test oracle (not run in production): the dashboard's upcoming charges computed directly, as
// query-upcoming.ts did before the forecast: every active agreement through the billing calendar
// (upcomingByDay) plus the open charges. tests/admin/forecast.integration.test.ts holds the
// forecast-based query to it.
import { db } from "@/lib/db";
import { Prisma, type Agreement } from "@/lib/generated/prisma/client";
import { OPEN_CHARGE_STATUSES } from "@/lib/domain/billing-calendar";
import { upcomingByDay, type TUpcomingRow } from "@/lib/domain/metrics/upcoming";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { calendarAgreementOf, type TCalendarColumns } from "@/lib/server/agreements/billing-plan";
import { ts, type TScope } from "@/lib/server/admin/dashboard/scope";

type TAgreementRow = Pick<Agreement, TCalendarColumns> & { currency: string };

/**
 * Charges due from today through today + days, per day and currency: those already created and not
 * yet taken, plus each active agreement's next charges from the billing calendar, computed here from
 * the agreements (upcomingByDay), so the panel shows exactly what the scheduler will ask Vipps for.
 * An agreement whose next period starts after the window (nextChargeDate) has nothing in it.
 */
export const upcomingDirect = async (scope: TScope, now: Date, days: number): Promise<TUpcomingRow[]> => {
  const today = toDateOnly(now);
  const last = addDays(today, days);
  // The agreements the dashboard counts (scope.ts), ACTIVE ones only.
  const active = Prisma.sql`a.status = 'ACTIVE' AND a."customerId" IS NOT NULL AND NOT a."isTest"
    AND u.environment = ${scope.environment}::"VippsEnvironment"`;
  const [agreements, planned] = await Promise.all([
    db.$queryRaw<TAgreementRow[]>`
      SELECT a.currency::text AS currency, a."pricingType", a.amount, a."suggestedMaxAmount", a."maxAmount", a."intervalUnit",
        a."intervalCount", a."billingAnchor", a."anchorPeriodIndex", a."nextPeriodIndex", a."pausedUntil", a."stopAt",
        a."campaignType", a."campaignPrice", a."campaignEnd", a."campaignEventDate", a."campaignPeriodUnit",
        a."campaignPeriodCount", a."campaignEndPeriod"
      FROM "Agreement" a JOIN "SalesUnit" u ON u.id = a."salesUnitId"
      WHERE ${active}
        AND a."pricingType" <> 'FLEXIBLE' AND a."nextChargeDate" <= ${ts(last)}::date`,
    db.$queryRaw<{ day: string; currency: string; amount: bigint; count: bigint }[]>`
      SELECT to_char(c.due, 'YYYY-MM-DD') AS day, c.currency::text AS currency, SUM(c.amount) AS amount, COUNT(*) AS count
      FROM "Charge" c JOIN "Agreement" a ON a.id = c."agreementId" JOIN "SalesUnit" u ON u.id = a."salesUnitId"
      WHERE ${active}
        AND c.status = ANY(${[...OPEN_CHARGE_STATUSES]}::"ChargeStatus"[]) AND c."sendState" <> 'REJECTED'
        AND c.due >= ${ts(today)}::date AND c.due <= ${ts(last)}::date
      GROUP BY day, c.currency`,
  ]);
  return upcomingByDay({
    agreements: agreements.map((row) => ({ ...calendarAgreementOf(row), currency: row.currency })),
    planned: planned.map((r) => ({
      day: r.day,
      currency: r.currency,
      amount: Number(r.amount),
      count: Number(r.count),
    })),
    now,
    days,
  });
};
