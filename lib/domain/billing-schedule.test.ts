import { describe, expect, it } from "vitest";
import { earliestDue, periodAmount } from "./billing-calendar";
import {
  chargeDescription,
  leadDaysOf,
  nextChargePollAt,
  scheduleCharges,
  type TScheduleInput,
} from "./billing-schedule";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const at = (s: string) => new Date(s);

const monthly = { anchor: d("2030-01-15"), interval: { unit: "MONTH" as const, count: 1 } };
const base: TScheduleInput = {
  plan: monthly,
  pricingType: "LEGACY",
  pricing: { amount: 19_900 },
  suggestedMaxAmount: null,
  maxAmount: null,
  nextPeriodIndex: 0,
  pausedUntil: null,
  stopAt: null,
  now: at("2030-01-15T12:00:00Z"),
  leadDays: 3,
};

describe("scheduleCharges", () => {
  it("charges the period that starts today, due tomorrow at the earliest, and moves on", () => {
    const s = scheduleCharges(base);
    expect(s.charges).toEqual([
      {
        periodIndex: 0,
        periodStart: d("2030-01-15"),
        periodEnd: d("2030-02-15"),
        due: d("2030-01-16"),
        amount: 19_900,
      },
    ]);
    expect(s).toMatchObject({ nextPeriodIndex: 1, nextChargeDate: d("2030-02-15"), skipped: [] });
  });

  it("plans a period once it starts within the lead time, due on its first day", () => {
    expect(scheduleCharges({ ...base, nextPeriodIndex: 1, now: d("2030-02-11") }).charges).toEqual([]);
    const s = scheduleCharges({ ...base, nextPeriodIndex: 1, now: d("2030-02-12") });
    expect(s.charges.map((c) => [c.periodIndex, c.due])).toEqual([[1, d("2030-02-15")]]);
    expect(s.nextChargeDate).toEqual(d("2030-03-15"));
  });

  it("never plans under the API minimum of one day, whatever the merchant's lead time", () => {
    expect(earliestDue(at("2030-01-15T20:59:00Z"))).toEqual(d("2030-01-16"));
    expect(earliestDue(at("2030-01-15T21:00:00Z"))).toEqual(d("2030-01-17"));
    expect(leadDaysOf(0)).toBe(1);
    expect(leadDaysOf(-4)).toBe(1);
    expect(leadDaysOf(10_000)).toBe(365);
    const s = scheduleCharges({ ...base, nextPeriodIndex: 1, leadDays: 0, now: d("2030-02-14") });
    expect(s.charges.map((c) => c.due)).toEqual([d("2030-02-15")]);
  });

  it("plans several short periods within a long lead time, each once", () => {
    const weekly = {
      ...base,
      plan: { anchor: d("2030-01-15"), interval: { unit: "WEEK" as const, count: 1 } },
      leadDays: 15,
    };
    const s = scheduleCharges(weekly);
    expect(s.charges.map((c) => [c.periodIndex, c.due.toISOString().slice(0, 10)])).toEqual([
      [0, "2030-01-16"],
      [1, "2030-01-22"],
      [2, "2030-01-29"],
    ]);
    expect(scheduleCharges({ ...weekly, nextPeriodIndex: s.nextPeriodIndex }).charges).toEqual([]);
  });

  it("skips periods that start while paused, without a charge, and bills again after the pause", () => {
    const paused = { ...base, nextPeriodIndex: 1, pausedUntil: d("2030-03-20") };
    const s = scheduleCharges({ ...paused, now: d("2030-02-13") });
    expect(s).toMatchObject({
      charges: [],
      skipped: [{ periodIndex: 1, reason: "paused" }],
      nextPeriodIndex: 2,
    });
    expect(scheduleCharges({ ...paused, nextPeriodIndex: 2, now: d("2030-03-13") })).toMatchObject({
      charges: [],
      nextPeriodIndex: 3,
    });
    const later = scheduleCharges({ ...paused, nextPeriodIndex: 3, now: d("2030-04-13") });
    expect(later.charges.map((c) => [c.periodIndex, c.amount])).toEqual([[3, 19_900]]);
  });

  it("never plans a period that starts at or after stopAt, and stops scheduling for good", () => {
    const s = scheduleCharges({ ...base, nextPeriodIndex: 1, stopAt: d("2030-02-15"), now: d("2030-02-13") });
    expect(s).toEqual({ charges: [], skipped: [], nextPeriodIndex: 1, nextChargeDate: null });
    const before = scheduleCharges({ ...base, stopAt: d("2030-02-15") });
    expect(before.charges.map((c) => c.periodIndex)).toEqual([0]);
  });

  it("does not bill late for periods that ended while the worker was down", () => {
    const s = scheduleCharges({ ...base, nextPeriodIndex: 1, now: d("2030-04-20") });
    expect(s.skipped.map((p) => p.periodIndex)).toEqual([1, 2]);
    expect(s.charges.map((c) => [c.periodIndex, c.due])).toEqual([[3, d("2030-04-21")]]);
  });

  it("uses campaign prices for the periods they cover", () => {
    const campaign = {
      ...base,
      pricing: {
        amount: 19_900,
        campaignType: "PRICE_CAMPAIGN" as const,
        campaignPrice: 4_900,
        campaignEnd: d("2030-03-01"),
      },
      leadDays: 60,
    };
    expect(scheduleCharges(campaign).charges.map((c) => c.amount)).toEqual([4_900, 4_900, 19_900]);
    const trial = {
      ...base,
      plan: { ...monthly, campaignPeriod: { unit: "WEEK" as const, count: 2 } },
      pricing: { amount: 19_900, campaignType: "PERIOD_CAMPAIGN" as const, campaignPrice: 100 },
      leadDays: 20,
    };
    expect(scheduleCharges(trial).charges.map((c) => [c.periodIndex, c.amount, c.periodEnd])).toEqual([
      [0, 100, d("2030-01-29")],
      [1, 19_900, d("2030-02-28")],
    ]);
  });

  it("prices VARIABLE agreements within the suggested maximum, and never schedules FLEXIBLE pricing", () => {
    const variable = {
      ...base,
      pricingType: "VARIABLE" as const,
      pricing: { amount: null },
      suggestedMaxAmount: 50_000,
    };
    expect(periodAmount({ ...variable, maxAmount: 20_000 }, 0)).toBe(20_000);
    expect(periodAmount(variable, 0)).toBe(50_000);
    expect(periodAmount({ ...variable, pricing: { amount: 70_000 }, maxAmount: 20_000 }, 0)).toBe(50_000);
    expect(periodAmount({ ...variable, pricing: { amount: 30_000 }, maxAmount: 20_000 }, 0)).toBe(30_000);
    expect(scheduleCharges({ ...base, pricingType: "FLEXIBLE", pricing: { amount: null } })).toMatchObject({
      charges: [],
      nextChargeDate: null,
    });
  });

  it("skips a period without a usable amount instead of sending one Vipps would refuse", () => {
    const s = scheduleCharges({ ...base, pricing: { amount: 50 } });
    expect(s.charges).toEqual([]);
    expect(s.skipped).toEqual([{ periodIndex: 0, reason: "no-amount" }]);
  });
});

describe("chargeDescription", () => {
  it("names the period when it fits in 45 characters", () => {
    expect(chargeDescription("Kaffeabonnement", d("2030-01-15"), d("2030-02-15"))).toBe(
      "Kaffeabonnement 15.01.30-14.02.30",
    );
    expect(chargeDescription("x".repeat(40), d("2030-01-15"), d("2030-02-15"))).toBe("x".repeat(40));
    expect(chargeDescription("y".repeat(60), d("2030-01-15"), d("2030-02-15"))).toHaveLength(45);
  });
});

describe("nextChargePollAt", () => {
  const charge = {
    status: "DUE" as const,
    due: d("2030-01-20"),
    retryDays: 2,
    createdAt: d("2030-01-10"),
    captureDeadline: null,
  };

  it("first looks after the morning batch on the due date, then every 8 hours through the retries", () => {
    expect(nextChargePollAt(charge, d("2030-01-12"))).toEqual(at("2030-01-20T09:00:00Z"));
    expect(nextChargePollAt(charge, at("2030-01-20T09:01:00Z"))).toEqual(at("2030-01-20T17:01:00Z"));
    expect(nextChargePollAt(charge, at("2030-01-23T10:00:00Z"))).toEqual(at("2030-01-24T10:00:00Z"));
    expect(nextChargePollAt(charge, at("2030-03-01T00:00:00Z"))).toEqual(at("2030-03-08T00:00:00Z"));
  });

  it("stops for final charges, and watches reservations from their capture deadline", () => {
    for (const status of ["CHARGED", "FAILED", "CANCELLED", "REFUNDED", "PARTIALLY_REFUNDED"] as const) {
      expect(nextChargePollAt({ ...charge, status }, d("2030-01-21"))).toBeNull();
    }
    const reserved = { ...charge, status: "RESERVED" as const, captureDeadline: at("2030-07-01T07:00:00Z") };
    expect(nextChargePollAt(reserved, d("2030-02-01"))).toEqual(at("2030-07-01T08:00:00Z"));
    expect(nextChargePollAt(reserved, at("2030-07-01T09:00:00Z"))).toEqual(at("2030-07-02T09:00:00Z"));
  });

  it("looks at unscheduled charges right after creation", () => {
    const unscheduled = { ...charge, due: null, createdAt: at("2030-01-10T10:00:00Z") };
    expect(nextChargePollAt(unscheduled, at("2030-01-10T10:00:30Z"))).toEqual(at("2030-01-10T10:02:00Z"));
    expect(nextChargePollAt(unscheduled, at("2030-01-10T10:05:00Z"))).toEqual(at("2030-01-10T11:05:00Z"));
  });
});
