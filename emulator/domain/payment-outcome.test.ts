import { describe, expect, it } from "vitest";
import { makeAgreement, makeCharge } from "../test-support/fixtures";
import { DEFAULT_USERS } from "./defaults";
import { attemptOutcome, MAGIC_CHARGE_FAILURES } from "./payment-outcome";

const user = (phone: string) => DEFAULT_USERS.find((u) => u.phoneNumber === phone)!;
const agreement = makeAgreement({ status: "ACTIVE" });

describe("payment attempt outcomes", () => {
  it("succeeds for Kari and for unknown users", () => {
    expect(attemptOutcome(makeCharge(), agreement, user("4712345678"), 100)).toEqual({ kind: "success" });
    expect(attemptOutcome(makeCharge(), agreement, undefined, 100)).toEqual({ kind: "success" });
  });

  it("fails every charge of the card-declined user with user_action_required", () => {
    expect(attemptOutcome(makeCharge(), agreement, user("4790000001"), 100)).toMatchObject({
      kind: "fail",
      reason: "user_action_required",
    });
  });

  it("recovers insufficient funds recoverAfterDays after the first attempt", () => {
    const u = user("4790000002");
    const c = makeCharge({ firstAttemptDay: 100 });
    expect(attemptOutcome(c, agreement, u, 100)).toMatchObject({ kind: "fail" });
    expect(attemptOutcome(c, agreement, u, 102)).toMatchObject({ kind: "fail" });
    expect(attemptOutcome(c, agreement, u, 103)).toEqual({ kind: "success" });
  });

  it("fails only the initial charge of the expired-card user", () => {
    const u = user("4790000004");
    expect(attemptOutcome(makeCharge({ type: "INITIAL" }), agreement, u, 1)).toMatchObject({ kind: "fail" });
    expect(attemptOutcome(makeCharge(), agreement, u, 1)).toEqual({ kind: "success" });
  });

  it.each(Object.keys(MAGIC_CHARGE_FAILURES).map(Number))("fails magic amount %i for any user", (amount) => {
    expect(attemptOutcome(makeCharge({ amount }), agreement, user("4712345678"), 1)).toMatchObject({
      kind: "fail",
      reason: "user_action_required",
    });
  });

  it("leaves magic amount 201 unknown for an hour", () => {
    expect(attemptOutcome(makeCharge({ amount: 201 }), agreement, undefined, 1)).toEqual({
      kind: "unknown",
      durationMs: 3_600_000,
    });
  });

  it("fails VARIABLE charges above the user's maxAmount with charge_amount_too_high", () => {
    const variable = makeAgreement({
      pricing: { type: "VARIABLE", currency: "NOK", suggestedMaxAmount: 5000, maxAmount: 3000 },
    });
    expect(attemptOutcome(makeCharge({ amount: 4000 }), variable, undefined, 1)).toMatchObject({
      reason: "charge_amount_too_high",
    });
    expect(attemptOutcome(makeCharge({ amount: 3000 }), variable, undefined, 1)).toEqual({ kind: "success" });
  });
});
