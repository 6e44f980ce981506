import { describe, expect, it } from "vitest";
import { churnRate } from "@/lib/domain/metrics/churn";
import { failedPaymentRate } from "@/lib/domain/metrics/payments";
import { parseRange } from "@/lib/domain/metrics/range";
import { upcomingByDay, UPCOMING_DAYS } from "@/lib/domain/metrics/upcoming";
import { asMrrAgreement, EXPECTED, metricsDataset } from "@/tests/admin/metrics-dataset";
import { churnKind } from "./churn";
import { isActiveAt, mrrByCurrency } from "./mrr";
import { chargeOutcome, isRecovered, refundsOf } from "./payments";

// The formulas on the hand-worked book (tests/admin/metrics-dataset.ts): the figures in EXPECTED
// were written down before this ran; the SQL is checked against the same figures.
describe("the known dataset", () => {
  const now = new Date("2030-02-10T12:00:00Z");
  const { agreements, charges } = metricsDataset(now);
  const counted = agreements.filter((a) => a.customer !== null && a.activatedAt !== null);
  const mrr = counted.map(asMrrAgreement);
  const { from, to } = parseRange({ range: "30d" }, now).range;
  const inRange = (d: Date | null) => d !== null && d >= from && d < to;

  it("has the MRR and subscribers worked out by hand", () => {
    expect(mrrByCurrency(mrr, now)).toEqual(EXPECTED.mrrNow);
    expect(new Set(mrr.filter((a) => isActiveAt(a, now)).map((a) => a.customer)).size).toBe(
      EXPECTED.subscribersNow,
    );
  });

  it("has the churn worked out by hand", () => {
    const activeAtStart = mrr.filter((a) => isActiveAt(a, from)).length;
    const started = counted.filter((a) => inRange(a.activatedAt)).length;
    const churned = counted.filter((a) => inRange(a.stoppedAt));
    expect({ activeAtStart, started }).toEqual({
      activeAtStart: EXPECTED.activeAtStart,
      started: EXPECTED.started,
    });
    expect(churned.filter((a) => churnKind(a.stopCause) === "voluntary")).toHaveLength(
      EXPECTED.churnedVoluntary,
    );
    expect(churned.filter((a) => churnKind(a.stopCause) === "failedPayment")).toHaveLength(
      EXPECTED.churnedFailedPayment,
    );
    expect(churnRate({ churned: churned.length, activeAtStart, started })).toBe(EXPECTED.churnRate);
  });

  it("has the payment figures worked out by hand", () => {
    const customerOf = new Map(agreements.map((a) => [a.key, a.customer]));
    const recurring = charges.filter(
      (c) => c.type === "RECURRING" && customerOf.get(c.agreement) && inRange(c.due),
    );
    const succeeded = recurring.filter((c) => chargeOutcome(c.status) === "succeeded").length;
    const failed = recurring.filter((c) => chargeOutcome(c.status) === "failed").length;
    expect({ succeeded, failed }).toEqual({ succeeded: EXPECTED.succeeded, failed: EXPECTED.failed });
    expect(failedPaymentRate({ failed, succeeded })).toBe(EXPECTED.failedRate);
    expect(recurring.filter(isRecovered).reduce((sum, c) => sum + c.amount, 0)).toBe(EXPECTED.recovered.NOK);
    const refunds = charges
      .filter((c) => customerOf.get(c.agreement))
      .flatMap((c) => refundsOf({ ...c, updatedAt: now }))
      .filter((r) => inRange(r.at));
    expect({ count: refunds.length, total: refunds.reduce((sum, r) => sum + r.amount, 0) }).toEqual({
      count: EXPECTED.refunds,
      total: EXPECTED.refunded.NOK,
    });
  });

  it("has the upcoming charges worked out by hand", () => {
    const today = new Date("2030-02-10T00:00:00Z");
    const planned = charges
      .filter((c) => c.status === "PENDING" && c.due && c.due >= today)
      .map((c) => ({ day: c.due!.toISOString().slice(0, 10), currency: "NOK", amount: c.amount, count: 1 }));
    const active = counted.filter((a) => a.status === "ACTIVE" && a.billingAnchor);
    const rows = upcomingByDay({
      agreements: active.map((a) => ({
        currency: a.currency,
        plan: { anchor: a.billingAnchor!, interval: { unit: a.intervalUnit!, count: a.intervalCount! } },
        pricingType: a.pricingType,
        pricing: { amount: a.amount },
        suggestedMaxAmount: a.suggestedMaxAmount,
        maxAmount: a.maxAmount,
        nextPeriodIndex: a.nextPeriodIndex,
        pausedUntil: null,
        stopAt: a.stopAt,
      })),
      planned,
      now,
      days: UPCOMING_DAYS,
    });
    expect({
      total: rows.reduce((s, r) => s + r.amount, 0),
      count: rows.reduce((s, r) => s + r.count, 0),
    }).toEqual({ total: EXPECTED.upcoming.NOK, count: EXPECTED.upcomingCount });
  });
});
