import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export type TScope = { environment: "TEST" | "PRODUCTION" };

// The agreements the dashboard counts: real customers' (the go-live verification's test agreements
// have none, and are flagged isTest) in the environment the shop runs in, once activated. `ended` is when a stopped or
// expired agreement ended; NULL while it is active. A full-flex campaign's own interval is kept on
// the product only.
export const scopedAgreements = (scope: TScope) => Prisma.sql`
  SELECT a.id, a."customerId", a.currency::text AS currency, a."pricingType"::text AS "pricingType",
         a.amount, a."maxAmount", a."suggestedMaxAmount", a."intervalUnit"::text AS "intervalUnit", a."intervalCount",
         a."campaignType"::text AS "campaignType", a."campaignPrice", a."campaignEnd", a."campaignEventDate",
         a."campaignPeriodUnit"::text AS "campaignPeriodUnit", a."campaignPeriodCount",
         p."campaignIntervalUnit"::text AS "campaignIntervalUnit", p."campaignIntervalCount",
         a."stopCause"::text AS "stopCause", a."activatedAt" AS started,
         CASE WHEN a.status IN ('STOPPED', 'EXPIRED') THEN COALESCE(a."stoppedAt", a."updatedAt") END AS ended
  FROM "Agreement" a JOIN "SalesUnit" u ON u.id = a."salesUnitId" LEFT JOIN "Product" p ON p.id = a."productId"
  WHERE a."activatedAt" IS NOT NULL AND a."customerId" IS NOT NULL AND NOT a."isTest" AND u.environment = ${scope.environment}::"VippsEnvironment"`;

// lib/domain/metrics/mrr.ts monthlyAmount, in SQL: x = amount × {DAY 365, WEEK 52, MONTH 12, YEAR 1},
// y = 12 × count, rounded half up in integers as (2x + y) / 2y.
export const monthlySql = (amount: Prisma.Sql, unit: Prisma.Sql, count: Prisma.Sql) => Prisma.sql`
  ((${amount})::bigint * 2 * (CASE ${unit} WHEN 'DAY' THEN 365 WHEN 'WEEK' THEN 52 WHEN 'MONTH' THEN 12 ELSE 1 END) + 12 * ${count}) / (24 * ${count})`;

// One period of a unit and count as a PostgreSQL interval (month arithmetic clamps like lib/domain/periods.ts).
export const intervalSql = (unit: Prisma.Sql, count: Prisma.Sql) => Prisma.sql`
  (CASE ${unit} WHEN 'DAY' THEN make_interval(days => ${count}) WHEN 'WEEK' THEN make_interval(weeks => ${count})
     WHEN 'MONTH' THEN make_interval(months => ${count}) ELSE make_interval(years => ${count}) END)`;

export const timestamps = (dates: Date[]) => Prisma.sql`${dates.map((d) => d.toISOString())}::timestamp(3)[]`;

// Abo stores UTC wall-clock timestamps without a zone; parameters are passed the same way.
export const ts = (date: Date) => Prisma.sql`${date.toISOString()}::timestamp(3)`;

/**
 * Runs one dashboard query with room to sort and hash in memory (these read the whole book once;
 * the default 4 MB spills to disk on a large one) and without JIT compilation, which costs more
 * than it saves on a query that runs once.
 */
export const analyticalQuery = <T>(query: Prisma.Sql): Promise<T[]> =>
  db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      await tx.$executeRaw`SET LOCAL jit = off`;
      return tx.$queryRaw<T[]>(query);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
