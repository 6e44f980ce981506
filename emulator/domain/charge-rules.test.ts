import { describe, expect, it } from "vitest";
import { makeAgreement, makeCharge } from "../test-support/fixtures";
import { ceilingViolation, dueViolation } from "./charge-rules";
import { parseIsoDate } from "./time";

const NOW = Date.UTC(2030, 0, 15, 23, 59); // late on 2030-01-15

describe("due-date window (FACTS §7.1)", () => {
  it("accepts tomorrow with the 1-day default, until midnight before", () => {
    expect(dueViolation("2030-01-16", NOW, 1)).toBeNull();
    expect(dueViolation("2030-01-15", NOW, 1)).toMatchObject({
      problem: "charge-due-too-soon",
      field: "due",
    });
  });

  it("needs two days in the legacy mode", () => {
    expect(dueViolation("2030-01-16", NOW, 2)).toMatchObject({ problem: "charge-due-too-soon" });
    expect(dueViolation("2030-01-17", NOW, 2)).toBeNull();
  });

  it("accepts up to two years ahead and not a day more", () => {
    expect(dueViolation("2032-01-15", NOW, 1)).toBeNull();
    expect(dueViolation("2032-01-16", NOW, 1)).toMatchObject({ problem: "charge-due-in-too-long" });
  });
});

describe("amount ceilings (FACTS §7.3)", () => {
  const active = makeAgreement({
    status: "ACTIVE",
    start: Date.UTC(2030, 0, 10),
    pricing: { type: "LEGACY", currency: "NOK", amount: 10_000 },
  });
  const due = (d: string) => parseIsoDate(d)!;

  it("LEGACY: the sum within one interval period may reach 5 × the price, not more", () => {
    const existing = [1, 2, 3, 4].map((i) => makeCharge({ id: `c${i}`, due: "2030-01-20", amount: 10_000 }));
    expect(ceilingViolation(active, existing, 10_000, due("2030-01-25"))).toBeNull();
    expect(ceilingViolation(active, existing, 10_001, due("2030-01-25"))).toMatchObject({
      problem: "charge-amount-too-high",
    });
  });

  it("LEGACY: a new period starts a new budget; failed, cancelled and initial charges do not count", () => {
    const existing = [
      ...[1, 2, 3, 4, 5].map((i) => makeCharge({ id: `c${i}`, due: "2030-01-20", amount: 10_000 })),
      makeCharge({ id: "f", due: "2030-02-12", amount: 40_000, status: "FAILED" }),
      makeCharge({ id: "x", due: "2030-02-12", amount: 40_000, status: "CANCELLED" }),
      makeCharge({ id: "i", due: "2030-02-12", amount: 40_000, type: "INITIAL" }),
    ];
    expect(ceilingViolation(active, existing, 100, due("2030-02-09"))).toMatchObject({
      problem: "charge-amount-too-high",
    });
    expect(ceilingViolation(active, existing, 50_000, due("2030-02-10"))).toBeNull();
  });

  it("VARIABLE: up to max(suggestedMaxAmount, user's maxAmount)", () => {
    const variable = makeAgreement({
      status: "ACTIVE",
      pricing: { type: "VARIABLE", currency: "NOK", suggestedMaxAmount: 5000, maxAmount: 3000 },
    });
    expect(ceilingViolation(variable, [], 5000, due("2030-02-01"))).toBeNull();
    expect(ceilingViolation(variable, [], 5001, due("2030-02-01"))).toMatchObject({
      problem: "charge-amount-too-high",
    });
    variable.pricing.maxAmount = 8000;
    expect(ceilingViolation(variable, [], 8000, due("2030-02-01"))).toBeNull();
  });

  it("FLEXIBLE pricing and FLEXIBLE intervals have no ceiling", () => {
    expect(
      ceilingViolation(
        makeAgreement({ pricing: { type: "FLEXIBLE", currency: "NOK" } }),
        [],
        10_000_000,
        due("2030-02-01"),
      ),
    ).toBeNull();
    expect(ceilingViolation(makeAgreement({ interval: null }), [], 10_000_000, due("2030-02-01"))).toBeNull();
  });
});
