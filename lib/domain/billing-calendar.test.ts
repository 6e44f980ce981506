import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  earliestDue,
  MAX_PERIODS_PER_WALK,
  MIN_CHARGE_AMOUNT,
  nextCharge,
  periodEnd,
  periodStart,
  upcomingCharges,
  type TCalendarAgreement,
} from "./billing-calendar";
import { leadDaysOf, scheduleCharges } from "./billing-schedule";
import { addDays, toDateOnly } from "./periods";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const calendar: TCalendarAgreement = {
  plan: { anchor: d("2030-01-15"), interval: { unit: "MONTH", count: 1 } },
  nextPeriodIndex: 1,
  pausedUntil: null,
  stopAt: null,
  pricingType: "LEGACY",
  pricing: { amount: 29_900 },
  suggestedMaxAmount: null,
  maxAmount: null,
};
const base = { ...calendar, status: "ACTIVE", planned: [] };
const now = new Date("2030-01-20T10:00:00Z");

describe("nextCharge", () => {
  it("is the next period's start and price when nothing is planned yet", () => {
    expect(nextCharge(base, now)).toEqual({ date: d("2030-02-15"), amount: 29_900 });
  });

  it("prefers the earliest charge already planned at Vipps", () => {
    const planned = [
      { due: d("2030-03-15"), amount: 29_900, status: "PENDING" },
      { due: d("2030-02-15"), amount: 19_900, status: "DUE" },
      { due: d("2030-01-20"), amount: 100, status: "CANCELLED" },
    ];
    expect(nextCharge({ ...base, planned }, now)).toEqual({ date: d("2030-02-15"), amount: 19_900 });
  });

  it("skips the periods that start in a pause", () => {
    expect(nextCharge({ ...base, pausedUntil: d("2030-04-01") }, now)).toEqual({
      date: d("2030-04-15"),
      amount: 29_900,
    });
  });

  it("has none once a scheduled stop comes first, or when the agreement is not active", () => {
    expect(nextCharge({ ...base, stopAt: d("2030-02-15") }, now)).toBeNull();
    expect(nextCharge({ ...base, status: "STOPPED" }, now)).toBeNull();
    expect(nextCharge({ ...base, plan: null }, now)).toBeNull();
  });

  it("uses the campaign price while the campaign lasts", () => {
    const pricing = {
      amount: 7_900,
      campaignType: "PRICE_CAMPAIGN" as const,
      campaignPrice: 2_900,
      campaignEnd: d("2030-03-01"),
    };
    expect(nextCharge({ ...base, pricing }, now)).toEqual({ date: d("2030-02-15"), amount: 2_900 });
    expect(nextCharge({ ...base, pricing, nextPeriodIndex: 2 }, now)).toEqual({
      date: d("2030-03-15"),
      amount: 7_900,
    });
  });

  it("variable pricing: the amount the scheduler will charge — the user's own ceiling, never above the cap", () => {
    const variable = { ...base, pricingType: "VARIABLE" as const, pricing: { amount: null } };
    expect(nextCharge({ ...variable, suggestedMaxAmount: 50_000, maxAmount: 30_000 }, now)).toEqual({
      date: d("2030-02-15"),
      amount: 30_000,
    });
    expect(nextCharge({ ...variable, suggestedMaxAmount: 50_000, maxAmount: 60_000 }, now)?.amount).toBe(
      50_000,
    );
  });

  it("is never today: a period starting today is due tomorrow, after 21:00 UTC the day after", () => {
    expect(nextCharge(base, new Date("2030-02-15T08:00:00Z"))?.date).toEqual(d("2030-02-16"));
    expect(nextCharge(base, new Date("2030-02-14T21:30:00Z"))?.date).toEqual(d("2030-02-16"));
  });
});

describe("upcomingCharges", () => {
  it("lists the charges due by `to`, and at most `count`", () => {
    const weekly = {
      ...calendar,
      plan: { anchor: d("2030-01-15"), interval: { unit: "WEEK" as const, count: 1 } },
    };
    const dues = (to: Date | null, count?: number) =>
      upcomingCharges(weekly, now, to, { count }).map((c) => c.due.toISOString().slice(0, 10));
    expect(dues(d("2030-02-05"))).toEqual(["2030-01-22", "2030-01-29", "2030-02-05"]);
    expect(dues(null, 2)).toEqual(["2030-01-22", "2030-01-29"]);
    expect(dues(d("2030-01-21"))).toEqual([]);
  });

  it("has nothing for pay-per-use and flexible agreements", () => {
    expect(upcomingCharges({ ...calendar, plan: null }, now, null)).toEqual([]);
    expect(upcomingCharges({ ...calendar, pricingType: "FLEXIBLE" }, now, null)).toEqual([]);
  });
});

// Random agreements of every pricing and campaign type, seen at random moments: the properties
// every view of future charges relies on. Moments are generated, never read from the machine's clock.
const day = fc
  .integer({ min: Date.UTC(2026, 0, 1) / 86_400_000, max: Date.UTC(2031, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000));
const interval = fc.record({
  unit: fc.constantFrom("DAY" as const, "WEEK" as const, "MONTH" as const, "YEAR" as const),
  count: fc.integer({ min: 1, max: 3 }),
});
const agreementAt = fc
  .record({
    anchor: day,
    interval,
    campaignPeriod: fc.option(interval),
    reanchored: fc.boolean(),
    nextPeriodIndex: fc.integer({ min: 0, max: 40 }),
    pricingType: fc.constantFrom("LEGACY" as const, "VARIABLE" as const, "FLEXIBLE" as const),
    amount: fc.option(fc.integer({ min: 0, max: 100_000 })),
    suggestedMaxAmount: fc.option(fc.integer({ min: 100, max: 100_000 })),
    maxAmount: fc.option(fc.integer({ min: 100, max: 100_000 })),
    campaignType: fc.constantFrom(
      null,
      "PRICE_CAMPAIGN" as const,
      "PERIOD_CAMPAIGN" as const,
      "EVENT_CAMPAIGN" as const,
      "FULL_FLEX_CAMPAIGN" as const,
    ),
    campaignPrice: fc.integer({ min: 0, max: 50_000 }),
    campaignDays: fc.integer({ min: -100, max: 500 }),
    campaignEndPeriod: fc.option(fc.integer({ min: 0, max: 40 })),
    pauseDays: fc.option(fc.integer({ min: -30, max: 200 })),
    stopDays: fc.option(fc.integer({ min: -30, max: 400 })),
    offsetMinutes: fc.integer({ min: -30 * 24 * 60, max: 800 * 24 * 60 }),
  })
  .map((a) => {
    const now = new Date(a.anchor.getTime() + a.offsetMinutes * 60_000);
    const anchorIndex = a.reanchored ? Math.min(a.nextPeriodIndex, 5) : 0;
    const agreement: TCalendarAgreement = {
      plan: {
        anchor: a.anchor,
        anchorIndex,
        interval: a.interval,
        campaignPeriod: a.campaignType === "PERIOD_CAMPAIGN" ? a.campaignPeriod : null,
      },
      nextPeriodIndex: Math.max(anchorIndex, a.nextPeriodIndex),
      pricingType: a.pricingType,
      pricing: {
        amount: a.amount,
        campaignType: a.campaignType,
        campaignPrice: a.campaignType ? a.campaignPrice : null,
        campaignEnd: addDays(a.anchor, a.campaignDays),
        campaignEventDate: addDays(a.anchor, a.campaignDays),
        campaignEndPeriod: a.campaignEndPeriod,
      },
      suggestedMaxAmount: a.pricingType === "VARIABLE" ? a.suggestedMaxAmount : null,
      maxAmount: a.pricingType === "VARIABLE" ? a.maxAmount : null,
      pausedUntil: a.pauseDays === null ? null : toDateOnly(addDays(now, a.pauseDays)),
      stopAt: a.stopDays === null ? null : addDays(now, a.stopDays),
    };
    return { agreement, now };
  });
const RUNS = { numRuns: 400 };

describe("the billing calendar, for any agreement and any moment", () => {
  it("lists charges in order, each on or after the earliest due date and within the price or cap", () => {
    fc.assert(
      fc.property(agreementAt, fc.integer({ min: 0, max: 400 }), ({ agreement, now }, days) => {
        const to = addDays(toDateOnly(now), days);
        const charges = upcomingCharges(agreement, now, to);
        const earliest = earliestDue(now);
        const plan = agreement.plan!;
        charges.forEach((c, i) => {
          const previous = charges[i - 1];
          expect(c.periodStart).toEqual(periodStart(plan, c.periodIndex));
          expect(c.periodEnd).toEqual(periodEnd(plan, c.periodIndex));
          expect(c.due).toEqual(c.periodStart < earliest ? earliest : c.periodStart);
          expect(c.due <= to).toBe(true);
          if (previous) {
            expect(c.periodIndex).toBeGreaterThan(previous.periodIndex);
            // Strictly later, except periods moved up to the earliest due date share it.
            if (c.due.getTime() !== earliest.getTime()) expect(c.due > previous.due).toBe(true);
          }
          expect(c.periodIndex).toBeGreaterThanOrEqual(agreement.nextPeriodIndex);
          expect(c.periodEnd > toDateOnly(now)).toBe(true);
          if (agreement.pausedUntil) expect(c.periodStart >= agreement.pausedUntil).toBe(true);
          if (agreement.stopAt) expect(c.periodStart < agreement.stopAt).toBe(true);
          expect(c.amount).toBeGreaterThanOrEqual(MIN_CHARGE_AMOUNT);
          if (agreement.pricingType === "LEGACY")
            expect(c.amount).toBeLessThanOrEqual(agreement.pricing.amount!);
          if (agreement.suggestedMaxAmount !== null)
            expect(c.amount).toBeLessThanOrEqual(agreement.suggestedMaxAmount);
        });
        if (agreement.pricingType === "FLEXIBLE") expect(charges).toEqual([]);
      }),
      RUNS,
    );
  });

  it("tells the customer the first upcoming charge as their next payment", () => {
    fc.assert(
      fc.property(agreementAt, ({ agreement, now }) => {
        const [first] = upcomingCharges(agreement, now, null);
        const told = nextCharge({ ...agreement, status: "ACTIVE", planned: [] }, now);
        expect(told).toEqual(first ? { date: first.due, amount: first.amount } : null);
      }),
      RUNS,
    );
  });

  it("is what the scheduler plans: exactly the calendar's charges for the periods within the lead time", () => {
    fc.assert(
      fc.property(agreementAt, fc.integer({ min: 0, max: 40 }), ({ agreement, now }, leadDays) => {
        const plan = agreement.plan!;
        const schedule = scheduleCharges({ ...agreement, plan, now, leadDays });
        const horizon = addDays(toDateOnly(now), leadDaysOf(leadDays));
        const calendarCharges = upcomingCharges(agreement, now, null).filter((c) => c.periodStart <= horizon);
        expect(schedule.charges).toEqual(calendarCharges);
        // Run again at the same moment from where it stopped: nothing more to plan, nothing planned
        // twice (unless one walk's safety net stopped it: a daily agreement a year and more behind).
        if (schedule.nextPeriodIndex - agreement.nextPeriodIndex < MAX_PERIODS_PER_WALK) {
          const again = { ...agreement, plan, now, leadDays, nextPeriodIndex: schedule.nextPeriodIndex };
          expect(scheduleCharges(again).charges).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it("gives the scheduler, run day by day, the charges the calendar listed for each day", () => {
    fc.assert(
      fc.property(
        agreementAt,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 23 }),
        ({ agreement, now }, leadDays, hour) => {
          const plan = agreement.plan!;
          let nextPeriodIndex = agreement.nextPeriodIndex;
          for (let n = 0; n < 45; n++) {
            const at = new Date(toDateOnly(addDays(now, n)).getTime() + hour * 3_600_000);
            const horizon = addDays(toDateOnly(at), leadDaysOf(leadDays));
            const expected = upcomingCharges({ ...agreement, nextPeriodIndex }, at, null).filter(
              (c) => c.periodStart <= horizon,
            );
            const schedule = scheduleCharges({ ...agreement, plan, nextPeriodIndex, now: at, leadDays });
            expect(schedule.charges).toEqual(expected);
            if (schedule.nextChargeDate === null) break;
            nextPeriodIndex = schedule.nextPeriodIndex;
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
