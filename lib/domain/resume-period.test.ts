import { describe, expect, it } from "vitest";
import { resumePeriodIndex } from "./billing-schedule";
import { periodStart, type TBillingPlan } from "./billing-calendar";
import { checkStopOffer } from "./stop-offer-rules";

const monthly: TBillingPlan = {
  anchor: new Date("2030-01-10"),
  anchorIndex: 0,
  interval: { unit: "MONTH", count: 1 },
  campaignPeriod: null,
};

describe("resumePeriodIndex", () => {
  it("starts at the first period on or after the date, never one already charged, never ahead of the scheduler", () => {
    // A stop at 2030-04-10 undone; the scheduler stopped at period 3 (April).
    expect(
      resumePeriodIndex(monthly, { nextPeriodIndex: 3, lastChargedIndex: 2 }, new Date("2030-04-10")),
    ).toBe(3);
    // A pause moved from June to 2030-04-09: April (3) and May (4) were skipped, the scheduler is at 5.
    expect(
      resumePeriodIndex(monthly, { nextPeriodIndex: 5, lastChargedIndex: 1 }, new Date("2030-04-09")),
    ).toBe(3);
    // A date inside a period: that period began in the pause, so the next one.
    expect(
      resumePeriodIndex(monthly, { nextPeriodIndex: 5, lastChargedIndex: 1 }, new Date("2030-04-20")),
    ).toBe(4);
    // April's charge exists (cancelled at Vipps): its orderId is spent, so May.
    expect(
      resumePeriodIndex(monthly, { nextPeriodIndex: 5, lastChargedIndex: 3 }, new Date("2030-04-09")),
    ).toBe(4);
    // Nothing given back: the scheduler's own place.
    expect(
      resumePeriodIndex(monthly, { nextPeriodIndex: 2, lastChargedIndex: 1 }, new Date("2030-06-01")),
    ).toBe(2);
    expect(periodStart(monthly, 3)).toEqual(new Date("2030-04-10"));
  });
});

describe("checkStopOffer", () => {
  const run = (form: Parameters<typeof checkStopOffer>[0], group = "") => {
    const errors: Record<string, string> = {};
    const value = checkStopOffer(form, group, (field, message) => (errors[field] ??= message));
    return { value, errors };
  };

  it("a pause needs 7 to 180 whole days", () => {
    expect(run({ stopOffer: "PAUSE", stopOfferPauseDays: "30", stopOfferProductId: "x" })).toEqual({
      value: { stopOffer: "PAUSE", stopOfferPauseDays: 30, stopOfferProductId: null },
      errors: {},
    });
    for (const days of ["6", "181", "", "3.5", "tretti"])
      expect(
        run({ stopOffer: "PAUSE", stopOfferPauseDays: days, stopOfferProductId: "" }).errors,
      ).toHaveProperty("stopOfferPauseDays");
  });

  it("a cheaper plan needs a plan group and a chosen product; no offer keeps nothing", () => {
    expect(
      run({ stopOffer: "CHEAPER_PLAN", stopOfferPauseDays: "30", stopOfferProductId: "" }).errors,
    ).toEqual({
      stopOffer: expect.stringContaining("plan group"),
      stopOfferProductId: "Choose the plan to offer.",
    });
    expect(
      run({ stopOffer: "CHEAPER_PLAN", stopOfferPauseDays: "", stopOfferProductId: "p1" }, "aviser"),
    ).toEqual({
      value: { stopOffer: "CHEAPER_PLAN", stopOfferPauseDays: null, stopOfferProductId: "p1" },
      errors: {},
    });
    expect(run({ stopOffer: "NONE", stopOfferPauseDays: "1", stopOfferProductId: "p1" }).value).toEqual({
      stopOffer: "NONE",
      stopOfferPauseDays: null,
      stopOfferProductId: null,
    });
  });
});
