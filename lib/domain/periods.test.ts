import { describe, expect, it } from "vitest";
import { periodIndexAt, periodStart, priceForPeriod } from "./billing-calendar";
import { addInterval, monthlyValue } from "./periods";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("billing periods", () => {
  it("adds months without spilling into the next month", () => {
    expect(addInterval(d("2026-01-31"), { unit: "MONTH", count: 1 })).toEqual(d("2026-02-28"));
    expect(addInterval(d("2028-01-31"), { unit: "MONTH", count: 1 })).toEqual(d("2028-02-29"));
    expect(addInterval(d("2026-01-31"), { unit: "MONTH", count: 1 }, 2)).toEqual(d("2026-03-31"));
    expect(addInterval(d("2026-03-10"), { unit: "WEEK", count: 2 })).toEqual(d("2026-03-24"));
    expect(addInterval(d("2026-03-10"), { unit: "YEAR", count: 1 })).toEqual(d("2027-03-10"));
  });

  it("counts periods from the anchor, with a period campaign first", () => {
    const plan = { anchor: d("2026-01-15"), interval: { unit: "MONTH" as const, count: 1 } };
    expect(periodStart(plan, 0)).toEqual(d("2026-01-15"));
    expect(periodStart(plan, 3)).toEqual(d("2026-04-15"));
    const trial = { ...plan, campaignPeriod: { unit: "WEEK" as const, count: 2 } };
    expect(periodStart(trial, 1)).toEqual(d("2026-01-29"));
    expect(periodStart(trial, 2)).toEqual(d("2026-02-28"));
    expect(periodIndexAt(plan, d("2026-02-14"))).toBe(0);
    expect(periodIndexAt(plan, d("2026-02-15"))).toBe(1);
  });

  it("re-anchors after a change of interval, with period numbers that keep rising", () => {
    const plan = {
      anchor: d("2026-05-15"),
      anchorIndex: 4,
      interval: { unit: "WEEK" as const, count: 2 },
      campaignPeriod: { unit: "MONTH" as const, count: 1 },
    };
    expect(periodStart(plan, 4)).toEqual(d("2026-05-15"));
    expect(periodStart(plan, 5)).toEqual(d("2026-05-29"));
    expect(() => periodStart(plan, 3)).toThrow(RangeError);
    expect(periodIndexAt(plan, d("2026-06-01"))).toBe(5);
  });

  it("prices campaign periods", () => {
    const plan = { anchor: d("2026-01-01"), interval: { unit: "MONTH" as const, count: 1 } };
    const priceCampaign = {
      amount: 19_900,
      campaignType: "PRICE_CAMPAIGN" as const,
      campaignPrice: 9_900,
      campaignEnd: d("2026-03-01"),
    };
    expect(priceForPeriod(priceCampaign, plan, 1)).toBe(9_900);
    expect(priceForPeriod(priceCampaign, plan, 2)).toBe(19_900);
    const periodCampaign = { amount: 19_900, campaignType: "PERIOD_CAMPAIGN" as const, campaignPrice: 100 };
    expect(priceForPeriod(periodCampaign, plan, 0)).toBe(100);
    expect(priceForPeriod(periodCampaign, plan, 1)).toBe(19_900);
    expect(priceForPeriod({ amount: 5_000 }, plan, 7)).toBe(5_000);
  });

  it("normalises to a monthly value", () => {
    expect(monthlyValue(12_000, { unit: "YEAR", count: 1 })).toBe(1_000);
    expect(monthlyValue(30_000, { unit: "MONTH", count: 3 })).toBe(10_000);
    expect(monthlyValue(1_000, { unit: "WEEK", count: 1 })).toBe(4_333);
  });
});
