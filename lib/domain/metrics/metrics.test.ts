import { describe, expect, it } from "vitest";
import { churnRate } from "./churn";
import { failedPaymentRate } from "./payments";
import { bucketStarts, levelInstants, parseRange } from "./range";
import { levelsFromSlots } from "./series";
import { upcomingByDay, UPCOMING_DAYS } from "./upcoming";

describe("churn", () => {
  it("divides churned by active at the start plus started (Stripe)", () => {
    expect(churnRate({ churned: 2, activeAtStart: 6, started: 4 })).toBe(0.2);
    expect(churnRate({ churned: 0, activeAtStart: 0, started: 0 })).toBeNull();
  });
});

describe("payments", () => {
  it("divides failed by decided charges", () => {
    expect(failedPaymentRate({ failed: 2, succeeded: 5 })).toBeCloseTo(2 / 7);
    expect(failedPaymentRate({ failed: 0, succeeded: 0 })).toBeNull();
  });
});

describe("time range", () => {
  const today = new Date("2030-02-10T15:00:00Z");

  it("has presets cut into days, weeks or months", () => {
    const d30 = parseRange({}, today);
    expect(d30.ok && d30.range).toMatchObject({
      preset: "30d",
      from: new Date("2030-01-12T00:00:00Z"),
      to: new Date("2030-02-11T00:00:00Z"),
      bucket: "day",
    });
    expect(bucketStarts(d30.range)).toHaveLength(30);
    const d90 = parseRange({ range: "90d" }, today).range;
    expect(d90.bucket).toBe("week");
    expect(bucketStarts(d90)).toHaveLength(13);
    const m12 = parseRange({ range: "12m" }, today).range;
    // The current month only up to today: the range never runs into the future.
    expect(m12).toMatchObject({
      from: new Date("2029-03-01T00:00:00Z"),
      to: new Date("2030-02-11T00:00:00Z"),
      bucket: "month",
    });
    expect(bucketStarts(m12).map((d) => d.toISOString().slice(0, 7))).toEqual([
      "2029-03",
      "2029-04",
      "2029-05",
      "2029-06",
      "2029-07",
      "2029-08",
      "2029-09",
      "2029-10",
      "2029-11",
      "2029-12",
      "2030-01",
      "2030-02",
    ]);
  });

  it("takes custom dates and refuses impossible ones", () => {
    const custom = parseRange({ range: "custom", from: "2029-12-01", to: "2030-01-31" }, today);
    expect(custom.ok && custom.range).toMatchObject({
      from: new Date("2029-12-01T00:00:00Z"),
      to: new Date("2030-02-01T00:00:00Z"),
      bucket: "day",
    });
    expect(parseRange({ range: "custom", from: "2029-01-01", to: "2030-01-31" }, today).range.bucket).toBe(
      "month",
    );
    const reversed = parseRange({ range: "custom", from: "2030-02-01", to: "2030-01-01" }, today);
    expect(reversed.ok ? {} : reversed.errors).toEqual({
      to: "The end date must be on or after the start date.",
    });
    const future = parseRange({ range: "custom", from: "2030-01-01", to: "2030-03-01" }, today);
    expect(future.ok ? {} : future.errors).toEqual({ to: "The end date cannot be after today." });
    const bad = parseRange({ range: "custom", from: "2030-02-30", to: "" }, today);
    expect(bad.ok ? {} : Object.keys(bad.errors)).toEqual(["from", "to"]);
    expect(bad.range.preset).toBe("30d");
  });

  it("reads levels at each bucket's end, but not after now", () => {
    const range = parseRange({ range: "7d" }, today).range;
    const instants = levelInstants(range, today);
    expect(instants[0]).toEqual(new Date("2030-02-05T00:00:00Z"));
    expect(instants.at(-1)).toEqual(today);
  });

  it("adds changes up into levels", () => {
    expect(
      levelsFromSlots(
        new Map([
          [0, 5],
          [1, 2],
          [2, -3],
          [3, 100],
        ]),
        3,
      ),
    ).toEqual([5, 7, 4]);
  });
});

describe("upcoming charges", () => {
  const now = new Date("2030-02-10T12:00:00Z");
  const base = {
    currency: "NOK",
    pricingType: "LEGACY" as const,
    pricing: { amount: 9_900 },
    suggestedMaxAmount: null,
    maxAmount: null,
    pausedUntil: null,
    stopAt: null,
  };
  const days = (rows: { day: string; amount: number; count: number }[]) =>
    rows.map((r) => [r.day, r.amount, r.count]);

  it("adds each period in the window, due on its first day but never before the earliest due date", () => {
    const plan = { anchor: new Date("2029-12-22T00:00:00Z"), interval: { unit: "WEEK" as const, count: 2 } };
    const late = {
      ...base,
      plan: { anchor: new Date("2030-02-10T00:00:00Z"), interval: { unit: "MONTH" as const, count: 1 } },
      nextPeriodIndex: 0,
    };
    const agreements = [{ ...base, plan, nextPeriodIndex: 4 }, late];
    expect(days(upcomingByDay({ agreements, planned: [], now, days: UPCOMING_DAYS }))).toEqual([
      ["2030-02-11", 9_900, 1],
      ["2030-02-16", 9_900, 1],
      ["2030-03-02", 9_900, 1],
      ["2030-03-10", 9_900, 1],
    ]);
    // After 21:00 UTC Vipps's day has turned: the scheduler's rule moves the earliest date on.
    const evening = new Date("2030-02-10T21:30:00Z");
    expect(upcomingByDay({ agreements: [late], planned: [], now: evening, days: 30 })[0]?.day).toBe(
      "2030-02-12",
    );
  });

  it("skips pauses, stops and flexible prices, and adds the charges already planned", () => {
    const plan = { anchor: new Date("2030-01-01T00:00:00Z"), interval: { unit: "WEEK" as const, count: 1 } };
    const paused = { ...base, plan, nextPeriodIndex: 6, pausedUntil: new Date("2030-02-20T00:00:00Z") };
    expect(
      days(upcomingByDay({ agreements: [paused], planned: [], now, days: 30 })).map((r) => r[0]),
    ).toEqual(["2030-02-26", "2030-03-05", "2030-03-12"]);
    const stopping = { ...base, plan, nextPeriodIndex: 6, stopAt: new Date("2030-02-20T00:00:00Z") };
    expect(upcomingByDay({ agreements: [stopping], planned: [], now, days: 30 })).toHaveLength(2);
    const flexible = { ...base, pricingType: "FLEXIBLE" as const, plan, nextPeriodIndex: 6 };
    const planned = [{ day: "2030-02-12", currency: "NOK", amount: 500, count: 1 }];
    expect(upcomingByDay({ agreements: [flexible], planned, now, days: 30 })).toEqual(planned);
  });
});
