import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { createMerchant } from "../factories";
import { EXPECTED } from "./metrics-dataset";
import { metricsRows } from "./metrics-rows";
import { testContext } from "../shared/server-context";

// The dashboard's SQL against the hand-worked book: the same figures as the formulas' unit test.
describe("dashboard figures from the database", () => {
  const now = new Date();

  beforeAll(async () => {
    const { merchant, salesUnits } = await createMerchant();
    const rows = metricsRows(now, {
      merchantId: merchant.id,
      salesUnits: { NO: salesUnits.NO.id, DK: salesUnits.DK.id },
    });
    await db.customer.createMany({ data: rows.customers });
    await db.agreement.createMany({ data: rows.agreements as never });
    await db.charge.createMany({ data: rows.charges as never });
  });

  it("computes MRR per currency, subscribers, churn and payment figures known in advance", async () => {
    const dashboard = await getDashboard(await testContext({ now }), { range: "30d" });
    expect(dashboard.environment).toBe("TEST");
    expect(dashboard.buckets).toHaveLength(30);
    expect(dashboard.totals).toMatchObject({
      mrr: EXPECTED.mrrNow,
      subscribers: EXPECTED.subscribersNow,
      activeAtStart: EXPECTED.activeAtStart,
      started: EXPECTED.started,
      churnedVoluntary: EXPECTED.churnedVoluntary,
      churnedFailedPayment: EXPECTED.churnedFailedPayment,
      churnRate: EXPECTED.churnRate,
      succeeded: EXPECTED.succeeded,
      failed: EXPECTED.failed,
      recovered: EXPECTED.recovered,
      recoveredCount: 1,
      refunded: EXPECTED.refunded,
      refunds: EXPECTED.refunds,
    });
    expect(dashboard.totals.failedRate).toBeCloseTo(EXPECTED.failedRate, 10);
    expect(dashboard.upcoming).toMatchObject({ totals: EXPECTED.upcoming, count: EXPECTED.upcomingCount });
  });

  it("draws the series: MRR rises with each start and drops with each stop, day by day", async () => {
    const { buckets } = await getDashboard(await testContext({ now }), { range: "30d" });
    const at = (daysAgo: number) => buckets[buckets.length - 1 - daysAgo]!;
    // Before A8 stopped (D−3) and A6 started (D−5) … after.
    expect(at(6).mrr.NOK).toBe(EXPECTED.mrrNow.NOK - 9_900 + 29_900);
    expect(at(3).mrr.NOK).toBe(EXPECTED.mrrNow.NOK);
    expect(at(4).mrr.NOK).toBe(EXPECTED.mrrNow.NOK + 29_900);
    expect(buckets.map((b) => b.started).reduce((a, b) => a + b)).toBe(EXPECTED.started);
    expect(at(10).churnedVoluntary).toBe(1);
    expect(at(3).churnedFailedPayment).toBe(1);
    expect(at(11).recovered).toEqual({ NOK: 9_900 });
    expect(at(7).refunded).toEqual({ NOK: 7_900 });
  });

  it("reads the 12-month and custom ranges, and falls back on a bad one", async () => {
    const year = await getDashboard(await testContext({ now }), { range: "12m" });
    expect(year.range.bucket).toBe("month");
    expect(year.totals.mrr).toEqual(EXPECTED.mrrNow);
    // A9 stopped 40 days ago and A7, A8 in the last month: three churned over the year.
    expect(year.totals.churnedVoluntary + year.totals.churnedFailedPayment).toBeGreaterThanOrEqual(3);
    const bad = await getDashboard(await testContext({ now }), {
      range: "custom",
      from: "2030-13-01",
      to: "2030-01-01",
    });
    expect(bad.rangeErrors).toMatchObject({ from: expect.any(String) });
    expect(bad.range.preset).toBe("30d");
  });

  it("counts nothing from the go-live verification's agreements or the other environment", async () => {
    await db.merchant.updateMany({ data: { activeEnvironment: "PRODUCTION" } });
    try {
      const production = await getDashboard(await testContext({ now }), { range: "30d" });
      expect(production.totals).toMatchObject({
        mrr: {},
        subscribers: 0,
        started: 0,
        succeeded: 0,
        failed: 0,
      });
    } finally {
      await db.merchant.updateMany({ data: { activeEnvironment: "TEST" } });
    }
  });
});
