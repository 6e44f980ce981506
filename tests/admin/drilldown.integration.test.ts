import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DRILLDOWN_FIGURES, type TDrilldownFigure } from "@/lib/domain/metrics/figures";
import { getDashboard, type TDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { getDrilldown } from "@/lib/server/admin/dashboard/get-drilldown";
import { createMerchant } from "../factories";
import { EXPECTED } from "./metrics-dataset";
import { metricsRows } from "./metrics-rows";
import { testContext } from "../shared/server-context";

// Every dashboard figure against the list behind it, on the hand-worked book: money figures are
// the rows' amounts added up per currency, the others the number of rows.
describe("the dashboard's drill-down lists add up to its figures", () => {
  const now = new Date();
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    const { merchant, salesUnits } = await createMerchant();
    const rows = metricsRows(now, {
      merchantId: merchant.id,
      salesUnits: { NO: salesUnits.NO.id, DK: salesUnits.DK.id },
    });
    await db.customer.createMany({ data: rows.customers });
    await db.agreement.createMany({ data: rows.agreements as never });
    await db.charge.createMany({ data: rows.charges as never });
    // The stop flow's answers: two standing stops, one replaced by a later answer, and one offer taken.
    const agreement = (key: string) =>
      rows.agreements.find((a) => a.productName === `Metrics ${key}`)!.id as string;
    const at = (days: number) => new Date(now.getTime() + days * 86_400_000);
    await db.stopFeedback.createMany({
      data: [
        {
          agreementId: agreement("A7"),
          reason: "TOO_EXPENSIVE" as const,
          outcome: "STOPPED" as const,
          createdAt: at(-10),
        },
        {
          agreementId: agreement("A7"),
          reason: "UNHAPPY" as const,
          outcome: "STOPPED" as const,
          createdAt: at(-11),
          replacedAt: at(-10),
        },
        { agreementId: agreement("A13"), reason: null, outcome: "STOPPED" as const, createdAt: at(-2) },
        {
          agreementId: agreement("A1"),
          reason: "TOO_EXPENSIVE" as const,
          outcome: "PAUSED" as const,
          createdAt: at(-3),
        },
      ].map((f) => ({ ...f, merchantId: merchant.id })),
    });
  });

  const figureOf = (d: TDashboard, figure: TDrilldownFigure): number | Record<string, number> => {
    const t = d.totals;
    return {
      mrr: t.mrr,
      subscribers: t.subscribers,
      "active-at-start": t.activeAtStart,
      new: t.started,
      "churned-voluntary": t.churnedVoluntary,
      "churned-failed-payment": t.churnedFailedPayment,
      "charges-succeeded": t.succeeded,
      "charges-failed": t.failed,
      recovered: t.recovered,
      refunds: t.refunded,
      upcoming: d.upcoming.totals,
      stops: d.stopReasons.reduce((sum, r) => sum + r.stopped, 0),
      "kept-by-offer": d.stopReasons.reduce((sum, r) => sum + r.kept, 0),
    }[figure];
  };
  const nonZero = (money: Record<string, number>) =>
    Object.fromEntries(Object.entries(money).filter(([, v]) => v));

  for (const query of [
    { range: "30d" },
    { range: "7d" },
    { range: "12m" },
    // Wholly in the past: levels are read at the range's end, not now.
    { range: "custom", from: day(-60), to: day(-4) },
  ])
    it(`for ${JSON.stringify(query)}`, async () => {
      const dashboard = await getDashboard(await testContext({ now }), query);
      expect(dashboard.rangeErrors).toBeNull();
      for (const figure of DRILLDOWN_FIGURES) {
        const list = await getDrilldown(await testContext({ now }), { ...query, figure });
        const expected = figureOf(dashboard, figure);
        if (typeof expected === "number") expect(list.count, figure).toBe(expected);
        else expect(nonZero(list.totals), figure).toEqual(nonZero(expected));
        // Per currency, too: the list for one currency adds up to that currency's figure.
        if (typeof expected !== "number")
          for (const [currency, amount] of Object.entries(nonZero(expected))) {
            const one = await getDrilldown(await testContext({ now }), { ...query, figure, currency });
            expect(one.totals, `${figure} ${currency}`).toEqual({ [currency]: amount });
            expect(one.rows.every((r) => r.currency === currency)).toBe(true);
          }
      }
      // The side figures the cards show: recovered and refunded counts, upcoming charges.
      expect((await getDrilldown(await testContext({ now }), { ...query, figure: "recovered" })).count).toBe(
        dashboard.totals.recoveredCount,
      );
      expect((await getDrilldown(await testContext({ now }), { ...query, figure: "refunds" })).count).toBe(
        dashboard.totals.refunds,
      );
      expect((await getDrilldown(await testContext({ now }), { ...query, figure: "upcoming" })).count).toBe(
        dashboard.upcoming.count,
      );
      // Each reason's stops and offers kept, as the panel counts them.
      for (const row of dashboard.stopReasons) {
        const reason = row.reason ?? "NONE";
        expect(
          (await getDrilldown(await testContext({ now }), { ...query, figure: "stops", reason })).count,
          reason,
        ).toBe(row.stopped);
        expect(
          (await getDrilldown(await testContext({ now }), { ...query, figure: "kept-by-offer", reason }))
            .count,
          reason,
        ).toBe(row.kept);
      }
    });

  it("matches the figures worked out by hand, row by row", async () => {
    const mrr = await getDrilldown(await testContext({ now }), { range: "30d", figure: "mrr" });
    expect(mrr.totals).toEqual(EXPECTED.mrrNow);
    expect(mrr.rows.map((r) => r.product).sort()).toEqual(
      ["A1", "A2", "A3", "A4", "A6", "A10", "A13"].map((k) => `Metrics ${k}`).sort(),
    );
    const subscribers = await getDrilldown(await testContext({ now }), {
      range: "30d",
      figure: "subscribers",
    });
    expect(subscribers.count).toBe(EXPECTED.subscribersNow);
    expect(subscribers.rows.find((r) => r.customer === "Metrics C1")?.note).toBe("2");
    const refunds = await getDrilldown(await testContext({ now }), {
      range: "30d",
      figure: "refunds",
      currency: "NOK",
    });
    expect(refunds.rows.map((r) => r.amount).sort()).toEqual([5_000, 7_900]);
    const stops = await getDrilldown(await testContext({ now }), { range: "30d", figure: "stops" });
    expect(stops.rows.map((r) => r.reason).sort()).toEqual(["NONE", "TOO_EXPENSIVE"]);
    expect(
      (await getDrilldown(await testContext({ now }), { range: "30d", figure: "kept-by-offer" })).count,
    ).toBe(1);
  });

  it("counts a variable subscription at its last charged amount", async () => {
    const a4 = await db.agreement.findFirstOrThrow({ where: { productName: "Metrics A4" } });
    const charged = await db.charge.create({
      data: {
        agreementId: a4.id,
        customerId: a4.customerId,
        orderId: `drill-${a4.id}`,
        idempotencyKey: `drill-${a4.id}`,
        type: "RECURRING",
        status: "CHARGED",
        sendState: "SENT",
        transactionType: "DIRECT_CAPTURE",
        amount: 24_500,
        capturedAmount: 24_500,
        currency: "NOK",
        description: "Metrics A4 period 0",
        due: new Date(`${day(-9)}T00:00:00Z`),
        periodIndex: 0,
      },
    });
    try {
      const mrr = await getDrilldown(await testContext({ now }), { range: "30d", figure: "mrr" });
      const row = mrr.rows.find((r) => r.product === "Metrics A4")!;
      expect(row).toMatchObject({ amount: 24_500, note: "lastCharged" });
      expect(mrr.totals.NOK).toBe(EXPECTED.mrrNow.NOK - 30_000 + 24_500);
    } finally {
      await db.charge.delete({ where: { id: charged.id } });
    }
  });

  it("lists nothing from another environment", async () => {
    await db.merchant.updateMany({ data: { activeEnvironment: "PRODUCTION" } });
    try {
      for (const figure of DRILLDOWN_FIGURES)
        expect((await getDrilldown(await testContext({ now }), { range: "12m", figure })).count, figure).toBe(
          0,
        );
    } finally {
      await db.merchant.updateMany({ data: { activeEnvironment: "TEST" } });
    }
  });
});
