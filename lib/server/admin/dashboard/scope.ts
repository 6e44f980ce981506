import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which rollup rows a dashboard query reads: the environment the shop runs in. The rollup and the
 * forecast (DashboardChange, DashboardDay, ForecastDaily) are kept per environment for the whole
 * installation, which serves one merchant: they have no merchant column, so the queries of them take
 * the context without narrowing by it. A second merchant per installation needs that column first;
 * the queries that read rows themselves (stop reasons, every drill-down) are narrowed already.
 */
export type TScope = { environment: "TEST" | "PRODUCTION" };

export const timestamps = (dates: Date[]) => Prisma.sql`${dates.map((d) => d.toISOString())}::timestamp(3)[]`;

// Abo stores UTC wall-clock timestamps without a zone; parameters are passed the same way.
export const ts = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

/**
 * The dashboard's figures as changes over time, from the rollup the database keeps as charges and
 * agreements change (prisma/sql/006_dashboard_rollup.sql): the days the worker has folded, then
 * the changes not folded yet, each dated `at`. Which agreements count (customers', not the go-live
 * verification's, in the environment the shop runs in) is decided there. Changes from `from`
 * (when given) to before `to`; `columns` are the figures read.
 */
export const rollupSql = (scope: TScope, columns: string[], range: { from?: Date; to: Date }) => {
  const picked = Prisma.raw(columns.map((c) => `"${c}"`).join(", "));
  const from = (column: Prisma.Sql) =>
    range.from ? Prisma.sql`AND ${column} >= ${ts(range.from)}` : Prisma.empty;
  return Prisma.sql`
    SELECT day::timestamp(3) AS at, currency, ${picked} FROM "DashboardDay"
    WHERE environment = ${scope.environment} AND day::timestamp(3) < ${ts(range.to)} ${from(Prisma.sql`day::timestamp(3)`)}
    UNION ALL
    SELECT at, currency, ${picked} FROM "DashboardChange"
    WHERE environment = ${scope.environment} AND at < ${ts(range.to)} ${from(Prisma.sql`at`)}`;
};
