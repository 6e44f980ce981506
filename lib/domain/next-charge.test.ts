import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scheduleCharges } from "./billing-schedule";
import { nextCharge, type TNextChargeInput } from "./next-charge";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base: TNextChargeInput = {
  status: "ACTIVE",
  plan: { anchor: d("2030-01-15"), interval: { unit: "MONTH", count: 1 } },
  nextPeriodIndex: 1,
  pausedUntil: null,
  stopAt: null,
  pricingType: "LEGACY",
  pricing: { amount: 29_900 },
  suggestedMaxAmount: null,
  maxAmount: null,
  now: new Date("2030-01-20T10:00:00Z"),
  upcoming: [],
};

describe("nextCharge", () => {
  it("is the next period's start and price when nothing is planned yet", () => {
    expect(nextCharge(base)).toEqual({ date: d("2030-02-15"), amount: 29_900 });
  });

  it("prefers the earliest charge already planned at Vipps", () => {
    const upcoming = [
      { due: d("2030-03-15"), amount: 29_900, status: "PENDING" },
      { due: d("2030-02-15"), amount: 19_900, status: "DUE" },
      { due: d("2030-01-20"), amount: 100, status: "CANCELLED" },
    ];
    expect(nextCharge({ ...base, upcoming })).toEqual({ date: d("2030-02-15"), amount: 19_900 });
  });

  it("skips the periods that start in a pause", () => {
    expect(nextCharge({ ...base, pausedUntil: d("2030-04-01") })).toEqual({
      date: d("2030-04-15"),
      amount: 29_900,
    });
  });

  it("has none once a scheduled stop comes first, or when the agreement is not active", () => {
    expect(nextCharge({ ...base, stopAt: d("2030-02-15") })).toBeNull();
    expect(nextCharge({ ...base, status: "STOPPED" })).toBeNull();
    expect(nextCharge({ ...base, plan: null })).toBeNull();
  });

  it("uses the campaign price while the campaign lasts", () => {
    const pricing = {
      amount: 7_900,
      campaignType: "PRICE_CAMPAIGN" as const,
      campaignPrice: 2_900,
      campaignEnd: d("2030-03-01"),
    };
    expect(nextCharge({ ...base, pricing })).toEqual({ date: d("2030-02-15"), amount: 2_900 });
    expect(nextCharge({ ...base, pricing, nextPeriodIndex: 2 })).toEqual({
      date: d("2030-03-15"),
      amount: 7_900,
    });
  });

  it("variable pricing: the amount the scheduler will charge — the user's own ceiling, never above the cap", () => {
    const variable = { ...base, pricingType: "VARIABLE" as const, pricing: { amount: null } };
    expect(nextCharge({ ...variable, suggestedMaxAmount: 50_000, maxAmount: 30_000 })).toEqual({
      date: d("2030-02-15"),
      amount: 30_000,
    });
    expect(nextCharge({ ...variable, suggestedMaxAmount: 50_000, maxAmount: 60_000 })?.amount).toBe(50_000);
  });

  it("is never today: a period starting today is due tomorrow, after 21:00 UTC the day after", () => {
    expect(nextCharge({ ...base, now: new Date("2030-02-15T08:00:00Z") })?.date).toEqual(d("2030-02-16"));
    expect(nextCharge({ ...base, now: new Date("2030-02-14T21:30:00Z") })?.date).toEqual(d("2030-02-16"));
  });

  it("is the first charge the scheduler plans, for any agreement and any moment", () => {
    const agreement = fc.record({
      anchor: fc.date({
        min: new Date("2027-01-01T00:00:00Z"),
        max: new Date("2029-12-31T00:00:00Z"),
        noInvalidDate: true,
      }),
      unit: fc.constantFrom("DAY" as const, "WEEK" as const, "MONTH" as const, "YEAR" as const),
      count: fc.integer({ min: 1, max: 3 }),
      nextPeriodIndex: fc.integer({ min: 0, max: 30 }),
      pricingType: fc.constantFrom("LEGACY" as const, "VARIABLE" as const),
      amount: fc.option(fc.integer({ min: 0, max: 100_000 })),
      maxAmount: fc.option(fc.integer({ min: 100, max: 100_000 })),
      pauseDays: fc.option(fc.integer({ min: 1, max: 200 })),
      stopDays: fc.option(fc.integer({ min: 1, max: 400 })),
      offsetMinutes: fc.integer({ min: 0, max: 400 * 24 * 60 }),
    });
    fc.assert(
      fc.property(agreement, (a) => {
        const anchor = d(a.anchor.toISOString().slice(0, 10));
        const now = new Date(anchor.getTime() + a.offsetMinutes * 60_000);
        const input = {
          ...base,
          plan: { anchor, interval: { unit: a.unit, count: a.count } },
          nextPeriodIndex: a.nextPeriodIndex,
          pricingType: a.pricingType,
          pricing: { amount: a.amount },
          suggestedMaxAmount: a.pricingType === "VARIABLE" ? 50_000 : null,
          maxAmount: a.maxAmount,
          pausedUntil: a.pauseDays === null ? null : new Date(now.getTime() + a.pauseDays * 86_400_000),
          stopAt: a.stopDays === null ? null : new Date(now.getTime() + a.stopDays * 86_400_000),
          now,
        };
        // With a lead time long enough to reach it, the scheduler's first charge is what the customer was told.
        const [planned] = scheduleCharges({ ...input, leadDays: 365 }).charges;
        const told = nextCharge(input);
        if (planned) expect(told).toEqual({ date: planned.due, amount: planned.amount });
      }),
      { numRuns: 300 },
    );
  });
});
