import { describe, expect, it } from "vitest";
import {
  campaignRunsUntil,
  planChangeOutcome,
  previewFingerprint,
  type TCurrentAgreement,
} from "./plan-change";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

// The case: Basis NOK 149 with NOK 49 until 1 Mar 2027, period 0 already planned at 49.
const basis: TCurrentAgreement = {
  plan: { anchor: d("2026-12-06"), interval: { unit: "MONTH", count: 1 } },
  pricingType: "LEGACY",
  pricing: {
    amount: 14_900,
    campaignType: "PRICE_CAMPAIGN",
    campaignPrice: 4_900,
    campaignEnd: d("2027-03-01"),
  },
  suggestedMaxAmount: null,
  maxAmount: null,
  nextPeriodIndex: 1,
  pausedUntil: null,
  stopAt: null,
  now: new Date("2026-12-06T10:00:00Z"),
  planned: [{ due: d("2026-12-07"), amount: 4_900, status: "PENDING" }],
};
const pluss = { pricingType: "LEGACY" as const, amount: 24_900, suggestedMaxAmount: null, interval: null };

describe("planChangeOutcome", () => {
  it("KEEP: the offer goes on until it ends, then the new plan's price; planned charges keep theirs", () => {
    const outcome = planChangeOutcome(basis, pluss, "KEEP");
    expect(outcome).toMatchObject({ kind: "ok", campaign: "kept", changes: { amount: 24_900 } });
    if (outcome.kind !== "ok") return;
    expect(outcome.changes.campaignEndPeriod).toBeUndefined();
    expect(outcome.charges).toEqual([
      { date: "2026-12-07", amount: 4_900 },
      { date: "2027-01-06", amount: 4_900 },
      { date: "2027-02-06", amount: 4_900 },
    ]);
  });

  it("END: the new price from the first period not yet planned", () => {
    const outcome = planChangeOutcome(basis, pluss, "END");
    expect(outcome).toMatchObject({ kind: "ok", campaign: "ended", changes: { campaignEndPeriod: 1 } });
    if (outcome.kind !== "ok") return;
    expect(outcome.charges.map((c) => c.amount)).toEqual([4_900, 24_900, 24_900]);
  });

  it("BLOCK: refused while the offer runs, with the date it ends; allowed once it has", () => {
    expect(planChangeOutcome(basis, pluss, "BLOCK")).toEqual({ kind: "blocked", until: "2027-03-06" });
    const after = { ...basis, nextPeriodIndex: 3, planned: [] };
    expect(campaignRunsUntil(after)).toBeNull();
    expect(planChangeOutcome(after, pluss, "BLOCK")).toMatchObject({ kind: "ok", campaign: "none" });
  });

  it("an offer that runs for decades still counts as running", () => {
    const long = { ...basis, pricing: { ...basis.pricing, campaignEnd: d("2099-01-01") } };
    expect(campaignRunsUntil(long)).not.toBeNull();
    expect(planChangeOutcome(long, pluss, "END")).toMatchObject({ kind: "ok", campaign: "ended" });
  });

  it("a kept offer never costs more than a cheaper new plan", () => {
    const cheap = { ...pluss, amount: 3_900 };
    const outcome = planChangeOutcome(basis, cheap, "KEEP");
    if (outcome.kind !== "ok") throw new Error("expected ok");
    expect(outcome.charges.map((c) => c.amount)).toEqual([4_900, 3_900, 3_900]);
  });

  it("VARIABLE: the chosen amount goes along within the new cap, and is the new suggested maximum", () => {
    const variable: TCurrentAgreement = {
      ...basis,
      pricingType: "VARIABLE",
      pricing: { amount: 30_000 },
      suggestedMaxAmount: 30_000,
      maxAmount: 30_000,
      planned: [],
    };
    const target = {
      pricingType: "VARIABLE" as const,
      amount: null,
      suggestedMaxAmount: 20_000,
      interval: null,
    };
    const outcome = planChangeOutcome(variable, target, "KEEP");
    expect(outcome).toMatchObject({
      kind: "ok",
      storedAmount: 20_000,
      changes: { suggestedMaxAmount: 20_000 },
    });
    if (outcome.kind === "ok") expect(outcome.charges.map((c) => c.amount)).toEqual([20_000, 20_000, 20_000]);
  });

  it("a new interval re-anchors at the next period, as the change stores it", () => {
    const weekly = { ...pluss, interval: { unit: "WEEK" as const, count: 1 } };
    const outcome = planChangeOutcome({ ...basis, pricing: { amount: 14_900 } }, weekly, "KEEP");
    if (outcome.kind !== "ok") throw new Error("expected ok");
    expect(outcome.charges).toEqual([
      { date: "2026-12-07", amount: 4_900 },
      { date: "2027-01-06", amount: 24_900 },
      { date: "2027-01-13", amount: 24_900 },
    ]);
    expect(previewFingerprint(outcome.charges)).toBe("2026-12-07:4900,2027-01-06:24900,2027-01-13:24900");
  });
});
