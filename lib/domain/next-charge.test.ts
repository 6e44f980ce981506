import { describe, expect, it } from "vitest";
import { nextCharge, type TNextChargeInput } from "./next-charge";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base: TNextChargeInput = {
  status: "ACTIVE",
  plan: { anchor: d("2030-01-15"), interval: { unit: "MONTH", count: 1 } },
  nextPeriodIndex: 1,
  pausedUntil: null,
  stopAt: null,
  pricing: { amount: 29_900 },
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

  it("has no amount for variable pricing (the merchant chooses within the ceiling)", () => {
    expect(nextCharge({ ...base, pricing: { amount: null } })).toEqual({
      date: d("2030-02-15"),
      amount: null,
    });
  });
});
