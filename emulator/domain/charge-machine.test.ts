import { describe, expect, it } from "vitest";
import { makeCharge, T0 } from "../test-support/fixtures";
import {
  cancel,
  canCancel,
  canCapture,
  canRefund,
  capture,
  CHARGE_TRANSITIONS,
  failCharge,
  markDue,
  markProcessing,
  refund,
  succeed,
} from "./charge-machine";
import type { ChargeStatus } from "./types";

describe("charge state machine (FACTS §6.2)", () => {
  it("lists every status of the enum and keeps FAILED, CANCELLED and REFUNDED final", () => {
    expect(Object.keys(CHARGE_TRANSITIONS).sort()).toEqual(
      [
        "PENDING",
        "DUE",
        "PROCESSING",
        "RESERVED",
        "CHARGED",
        "PARTIALLY_CAPTURED",
        "FAILED",
        "CANCELLED",
        "PARTIALLY_REFUNDED",
        "REFUNDED",
      ].sort(),
    );
    expect(CHARGE_TRANSITIONS.FAILED).toEqual([]);
    expect(CHARGE_TRANSITIONS.CANCELLED).toEqual([]);
    expect(CHARGE_TRANSITIONS.REFUNDED).toEqual([]);
    expect(CHARGE_TRANSITIONS.PARTIALLY_CAPTURED).toEqual(["PARTIALLY_CAPTURED", "CHARGED"]);
  });

  it("PENDING → DUE when it becomes visible", () => {
    const c = makeCharge();
    markDue(c);
    expect(c.status).toBe("DUE");
  });

  it("DUE → CHARGED for DIRECT_CAPTURE, with RESERVE+CAPTURE history and a digits-only transactionId", () => {
    const c = makeCharge({ status: "DUE" });
    succeed(c, T0, "k", "5001419121");
    expect(c).toMatchObject({
      status: "CHARGED",
      captured: 10_000,
      transactionId: "5001419121",
      capturedAt: T0,
    });
    expect(c.history.map((h) => h.event)).toEqual(["RESERVE", "CAPTURE"]);
  });

  it("DUE → RESERVED for RESERVE_CAPTURE", () => {
    const c = makeCharge({ status: "DUE", transactionType: "RESERVE_CAPTURE" });
    succeed(c, T0, "k", "5001419121");
    expect(c).toMatchObject({ status: "RESERVED", captured: 0, reservedAt: T0 });
  });

  it("DUE → PROCESSING → CHARGED (unknown result)", () => {
    const c = makeCharge({ status: "DUE" });
    markProcessing(c, T0 + 3600_000);
    expect(c).toMatchObject({ status: "PROCESSING", processingUntil: T0 + 3600_000 });
    succeed(c, T0 + 3600_000, "k", "1234567890");
    expect(c).toMatchObject({ status: "CHARGED", processingUntil: null });
  });

  it("DUE → FAILED with a failure reason and description", () => {
    const c = makeCharge({ status: "DUE" });
    failCharge(c, T0, "k", "user_action_required");
    expect(c).toMatchObject({
      status: "FAILED",
      failureReason: "user_action_required",
      failureDescription: "User action required",
    });
    expect(c.history.at(-1)).toMatchObject({ event: "FAIL", success: false });
  });

  it.each<ChargeStatus>(["PENDING", "DUE", "RESERVED"])("%s → CANCELLED", (status) => {
    const c = makeCharge({
      status,
      transactionType: status === "RESERVED" ? "RESERVE_CAPTURE" : "DIRECT_CAPTURE",
    });
    expect(canCancel(c).ok).toBe(true);
    expect(cancel(c, T0, "k")).toBe(10_000);
    expect(c).toMatchObject({ status: "CANCELLED", cancelled: 10_000 });
  });

  it("PARTIALLY_CAPTURED → CHARGED on cancel, releasing the rest", () => {
    const c = makeCharge({ status: "RESERVED", transactionType: "RESERVE_CAPTURE" });
    capture(c, 4000, T0, "k1");
    expect(c.status).toBe("PARTIALLY_CAPTURED");
    expect(cancel(c, T0, "k2")).toBe(6000);
    expect(c).toMatchObject({ status: "CHARGED", captured: 4000, cancelled: 6000 });
  });

  it.each<ChargeStatus>(["PROCESSING", "CHARGED", "FAILED", "CANCELLED", "PARTIALLY_REFUNDED", "REFUNDED"])(
    "refuses to cancel %s",
    (status) => {
      const result = canCancel(makeCharge({ status }));
      expect(result).toEqual({ ok: false, reason: `A charge with status ${status} cannot be cancelled` });
    },
  );

  it("RESERVED → CHARGED on a full capture, → PARTIALLY_CAPTURED → CHARGED on partial ones", () => {
    const full = makeCharge({ status: "RESERVED", transactionType: "RESERVE_CAPTURE" });
    capture(full, 10_000, T0, "k");
    expect(full.status).toBe("CHARGED");
    const partial = makeCharge({ status: "RESERVED", transactionType: "RESERVE_CAPTURE" });
    capture(partial, 3000, T0, "k1");
    capture(partial, 3000, T0, "k2");
    expect(partial).toMatchObject({ status: "PARTIALLY_CAPTURED", captured: 6000 });
    capture(partial, 4000, T0, "k3");
    expect(partial).toMatchObject({ status: "CHARGED", captured: 10_000 });
  });

  it("refuses captures above the remaining reservation, of DIRECT_CAPTURE charges and in other states", () => {
    const c = makeCharge({ status: "RESERVED", transactionType: "RESERVE_CAPTURE", captured: 0 });
    expect(canCapture(c, 10_001)).toMatchObject({ ok: false });
    expect(canCapture(makeCharge({ status: "CHARGED" }), 100)).toMatchObject({
      ok: false,
      reason: "A charge with status CHARGED cannot be captured: only RESERVE_CAPTURE charges can be captured",
    });
    expect(canCapture(makeCharge({ status: "DUE", transactionType: "RESERVE_CAPTURE" }), 100)).toMatchObject({
      ok: false,
    });
  });

  it("CHARGED → PARTIALLY_REFUNDED → REFUNDED, and CHARGED → REFUNDED at once", () => {
    const c = makeCharge({ status: "CHARGED", captured: 10_000 });
    refund(c, 2500, T0, "k1");
    expect(c).toMatchObject({ status: "PARTIALLY_REFUNDED", refunded: 2500 });
    refund(c, 2500, T0, "k2");
    expect(c.status).toBe("PARTIALLY_REFUNDED");
    refund(c, 5000, T0, "k3");
    expect(c).toMatchObject({ status: "REFUNDED", refunded: 10_000 });
    const all = makeCharge({ status: "CHARGED", captured: 10_000 });
    refund(all, 10_000, T0, "k");
    expect(all.status).toBe("REFUNDED");
  });

  it("refunds at most the captured amount, and only money that moved", () => {
    expect(canRefund(makeCharge({ status: "CHARGED", captured: 4000 }), 4001)).toMatchObject({ ok: false });
    expect(canRefund(makeCharge({ status: "CHARGED", captured: 4000, refunded: 4000 }), 100)).toMatchObject({
      ok: false,
    });
    expect(canRefund(makeCharge({ status: "RESERVED" }), 100)).toMatchObject({ ok: false });
    expect(canRefund(makeCharge({ status: "REFUNDED" }), 100)).toMatchObject({ ok: false });
  });

  it("throws on transitions the machine does not have", () => {
    expect(() => markDue(makeCharge({ status: "CHARGED" }))).toThrow();
    expect(() => succeed(makeCharge({ status: "CANCELLED" }), T0, "k", "1")).toThrow();
    expect(() => failCharge(makeCharge({ status: "REFUNDED" }), T0, "k", "technical_error")).toThrow();
  });
});
