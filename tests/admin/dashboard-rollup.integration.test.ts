import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { getDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { BOOK_NOW, seedBook } from "./dashboard-book";
import { changeBook } from "./dashboard-book-changes";
import { dashboardFigures, readRawRows } from "./dashboard-raw";
import { oracleDashboard } from "./dashboard-oracle";
import { testContext } from "../shared/server-context";

// The rollup the database keeps (prisma/sql/006_dashboard_rollup.sql) against an independent
// computation over the raw rows (dashboard-oracle.ts), on a seeded book written the way Abo writes:
// every figure, every bucket, every range, before and after the worker folds past days, and after a
// rebuild from scratch.
const RANGES = [
  { range: "7d" },
  { range: "30d" },
  { range: "90d" },
  { range: "12m" },
  { range: "custom", from: "2027-07-01", to: "2030-06-15" },
];

async function expectSameAsRawRows(environment: "TEST" | "PRODUCTION" = "TEST", now = BOOK_NOW) {
  const rows = { ...(await readRawRows()), environment };
  for (const params of RANGES) {
    const dashboard = await getDashboard(await testContext({ now }), { ...params });
    expect(dashboard.rangeErrors, JSON.stringify(params)).toBeNull();
    expect(dashboardFigures(dashboard), `${environment} ${JSON.stringify(params)}`).toEqual(
      oracleDashboard(rows, { ...params, now }),
    );
  }
}

/** Every figure the rollup holds, added up per day (what a rebuild must reproduce). */
const rollupTotals = () => db.$queryRaw<Record<string, unknown>[]>`
  SELECT environment, day, currency, SUM(succeeded)::int AS s, SUM(failed)::int AS f, SUM(recovered)::int AS r, SUM("recoveredCount")::int AS rc,
         SUM(refunded)::int AS rf, SUM(refunds)::int AS rn, SUM(started)::int AS st, SUM("churnedVoluntary")::int AS cv,
         SUM("churnedFailedPayment")::int AS cf, SUM(agreements)::int AS ag, SUM(subscribers)::int AS sb, SUM(mrr)::int AS m
  FROM (SELECT environment, day, currency, succeeded, failed, recovered, "recoveredCount", refunded, refunds, started, "churnedVoluntary",
               "churnedFailedPayment", agreements, subscribers, mrr FROM "DashboardDay"
        UNION ALL SELECT environment, at::date, currency, succeeded, failed, recovered, "recoveredCount", refunded, refunds, started,
               "churnedVoluntary", "churnedFailedPayment", agreements, subscribers, mrr FROM "DashboardChange") all_rows
  GROUP BY 1, 2, 3
  HAVING SUM(succeeded) <> 0 OR SUM(failed) <> 0 OR SUM(recovered) <> 0 OR SUM("recoveredCount") <> 0 OR SUM(refunded) <> 0 OR SUM(refunds) <> 0
      OR SUM(started) <> 0 OR SUM("churnedVoluntary") <> 0 OR SUM("churnedFailedPayment") <> 0 OR SUM(agreements) <> 0 OR SUM(subscribers) <> 0 OR SUM(mrr) <> 0
  ORDER BY 1, 2, 3`;
const compact = (today: Date) => db.$executeRaw`SELECT dashboard_compact(${today.toISOString()}::timestamp)`;

describe("the dashboard rollup", () => {
  beforeAll(async () => {
    await seedBook();
  });

  it("has the book's every case: the figures below are not all zero", async () => {
    const dashboard = await getDashboard(await testContext({ now: BOOK_NOW }), { range: "12m" });
    expect(Object.keys(dashboardFigures(dashboard).totals.mrr).sort()).toEqual(["DKK", "EUR", "NOK"]);
    expect(dashboard.totals).toMatchObject({
      started: expect.any(Number),
      recoveredCount: expect.any(Number),
    });
    for (const figure of [
      "started",
      "churnedVoluntary",
      "churnedFailedPayment",
      "succeeded",
      "failed",
      "recoveredCount",
      "refunds",
    ] as const)
      expect(dashboard.totals[figure], figure).toBeGreaterThan(0);
    expect(dashboard.upcoming.count).toBeGreaterThan(0);
  });

  it("equals the raw rows as written, in every range, in both environments", async () => {
    await expectSameAsRawRows("TEST");
    await db.merchant.updateMany({ data: { activeEnvironment: "PRODUCTION" } });
    try {
      await expectSameAsRawRows("PRODUCTION");
    } finally {
      await db.merchant.updateMany({ data: { activeEnvironment: "TEST" } });
    }
  });

  it("still equals them after the worker folds older days and the book moves on (stops, refunds, prices, pauses, billing, today's sign-up)", async () => {
    await compact(addDays(toDateOnly(BOOK_NOW), -40));
    await changeBook();
    await expectSameAsRawRows();
    await compact(toDateOnly(BOOK_NOW));
    await expectSameAsRawRows();
    // Later in the day the campaign ending at 12:30 has ended; the next day, the window moves.
    await expectSameAsRawRows("TEST", new Date(BOOK_NOW.getTime() + 3 * 3_600_000));
    await expectSameAsRawRows("TEST", addDays(BOOK_NOW, 1));
  });

  it("holds exactly what a rebuild from the raw rows holds", async () => {
    const kept = await rollupTotals();
    await db.$executeRaw`SELECT dashboard_rebuild(${toDateOnly(BOOK_NOW).toISOString()}::timestamp)`;
    expect(await rollupTotals()).toEqual(kept);
    await expectSameAsRawRows();
  });
});
