import { describe, expect, it } from "vitest";
import { capturable, isCancellable, isProgress, refundable } from "./charge-status";

const base = { amount: 10_000, capturedAmount: 0, refundedAmount: 0, cancelledAmount: 0 };

describe("charge status rules", () => {
  it("moves forward, never back", () => {
    expect(
      isProgress({ ...base, status: "DUE" }, { ...base, status: "CHARGED", capturedAmount: 10_000 }),
    ).toBe(true);
    expect(
      isProgress({ ...base, status: "CHARGED", capturedAmount: 10_000 }, { ...base, status: "DUE" }),
    ).toBe(false);
    expect(isProgress({ ...base, status: "PENDING" }, { ...base, status: "REFUNDED" })).toBe(true);
    expect(isProgress({ ...base, status: "REFUNDED" }, { ...base, status: "PARTIALLY_REFUNDED" })).toBe(
      false,
    );
  });

  it("counts a further partial refund or capture in the same state as progress", () => {
    const once = {
      ...base,
      status: "PARTIALLY_REFUNDED" as const,
      capturedAmount: 10_000,
      refundedAmount: 2_000,
    };
    expect(isProgress(once, { ...once, refundedAmount: 5_000 })).toBe(true);
    expect(isProgress(once, { ...once })).toBe(false);
  });

  it("a cancelled remainder of a partial capture ends CHARGED", () => {
    const partial = { ...base, status: "PARTIALLY_CAPTURED" as const, capturedAmount: 4_000 };
    expect(isProgress(partial, { ...partial, status: "CHARGED", cancelledAmount: 6_000 })).toBe(true);
  });

  it("knows what can still be captured, refunded and cancelled", () => {
    expect(capturable({ ...base, status: "RESERVED" })).toBe(10_000);
    expect(capturable({ ...base, status: "PARTIALLY_CAPTURED", capturedAmount: 4_000 })).toBe(6_000);
    expect(capturable({ ...base, status: "CHARGED", capturedAmount: 10_000 })).toBe(0);
    expect(refundable({ ...base, status: "CHARGED", capturedAmount: 10_000 })).toBe(10_000);
    expect(
      refundable({ ...base, status: "PARTIALLY_REFUNDED", capturedAmount: 10_000, refundedAmount: 2_500 }),
    ).toBe(7_500);
    expect(refundable({ ...base, status: "RESERVED" })).toBe(0);
    expect(isCancellable("DUE")).toBe(true);
    expect(isCancellable("CHARGED")).toBe(false);
  });
});
