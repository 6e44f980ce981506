import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { UPCOMING_DAYS } from "@/lib/domain/metrics/upcoming";
import { ts, type TScope } from "./scope";

export type TUpcomingRow = { day: string; currency: string; amount: number; count: number };

/**
 * Charges due from today through today + days, per day and currency: those already created and not
 * yet decided, plus each active agreement's next periods projected with the scheduler's rules
 * (lib/domain/metrics/upcoming.ts projectCharges), a period that has begun due tomorrow. The
 * database keeps both as agreements and charges change (prisma/sql/006_dashboard_rollup.sql
 * dashboard_agreement_periods, which projects as many periods as fit in UPCOMING_DAYS).
 */
export const queryUpcoming = async (scope: TScope, today: Date, days: number): Promise<TUpcomingRow[]> => {
  if (days > UPCOMING_DAYS) throw new Error(`The rollup projects ${UPCOMING_DAYS} days ahead, not ${days}.`);
  const last = new Date(today.getTime() + days * 86_400_000);
  const rows = await db.$queryRaw<Record<string, bigint | number | string>[]>(Prisma.sql`
    SELECT to_char(due, 'YYYY-MM-DD') AS day, currency, SUM(amount) AS amount, SUM(count) AS count FROM (
      SELECT CASE WHEN kind = 'created' THEN start ELSE GREATEST(start, ${ts(today)}::date + 1) END AS due, currency, amount, count
      FROM "DashboardUpcoming"
      WHERE environment = ${scope.environment} AND start <= ${ts(last)}::date AND (
        (kind = 'created' AND start >= ${ts(today)}::date)
        OR (kind = 'projected' AND "end" > ${ts(today)}::date AND "nextChargeDate" <= ${ts(last)}::date))
    ) upcoming
    WHERE due <= ${ts(last)}::date
    GROUP BY day, currency HAVING SUM(count) <> 0 OR SUM(amount) <> 0 ORDER BY day, currency`);
  return rows.map((r) => ({
    day: String(r.day),
    currency: String(r.currency),
    amount: Number(r.amount),
    count: Number(r.count),
  }));
};
