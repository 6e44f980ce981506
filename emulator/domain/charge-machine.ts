import type { Charge, ChargeStatus, FailureReason } from "./types";

// FACTS §6.2. Merchants poll, so forward jumps (PENDING → CHARGED) are normal for them; here every
// step is explicit.
export const CHARGE_TRANSITIONS: Readonly<Record<ChargeStatus, readonly ChargeStatus[]>> = {
  PENDING: ["DUE", "PROCESSING", "CHARGED", "RESERVED", "FAILED", "CANCELLED"],
  DUE: ["PROCESSING", "CHARGED", "RESERVED", "FAILED", "CANCELLED"],
  PROCESSING: ["CHARGED", "RESERVED", "FAILED"],
  RESERVED: ["CHARGED", "PARTIALLY_CAPTURED", "CANCELLED"],
  PARTIALLY_CAPTURED: ["PARTIALLY_CAPTURED", "CHARGED"],
  CHARGED: ["PARTIALLY_REFUNDED", "REFUNDED"],
  PARTIALLY_REFUNDED: ["REFUNDED", "PARTIALLY_REFUNDED"],
  FAILED: [],
  CANCELLED: [],
  REFUNDED: [],
};

export const FAILURE_DESCRIPTIONS: Record<FailureReason, string> = {
  user_action_required: "User action required",
  charge_amount_too_high: "Charge amount too high",
  non_technical_error: "Non technical error",
  technical_error: "Technical error",
};

export type Outcome = { ok: true } | { ok: false; reason: string };
const ok: Outcome = { ok: true };
const no = (reason: string): Outcome => ({ ok: false, reason });

function move(charge: Charge, to: ChargeStatus): void {
  if (!CHARGE_TRANSITIONS[charge.status].includes(to))
    throw new Error(`Charge cannot move from ${charge.status} to ${to}`);
  charge.status = to;
}

export function markDue(charge: Charge): void {
  move(charge, "DUE");
}

export function markProcessing(charge: Charge, until: number): void {
  move(charge, "PROCESSING");
  charge.processingUntil = until;
}

/** A successful payment attempt: money is reserved, and for DIRECT_CAPTURE captured at once. */
export function succeed(charge: Charge, at: number, key: string, transactionId: string): void {
  const direct = charge.transactionType === "DIRECT_CAPTURE";
  move(charge, direct ? "CHARGED" : "RESERVED");
  charge.transactionId ??= transactionId;
  charge.processingUntil = null;
  charge.reservedAt = at;
  charge.history.push({
    occurred: at,
    event: "RESERVE",
    amount: charge.amount,
    idempotencyKey: key,
    success: true,
  });
  if (direct) {
    charge.captured = charge.amount;
    charge.capturedAt = at;
    charge.history.push({
      occurred: at,
      event: "CAPTURE",
      amount: charge.amount,
      idempotencyKey: key,
      success: true,
    });
  }
}

export function failCharge(charge: Charge, at: number, key: string, reason: FailureReason): void {
  move(charge, "FAILED");
  charge.failureReason = reason;
  charge.failureDescription = FAILURE_DESCRIPTIONS[reason];
  charge.processingUntil = null;
  charge.nextAttemptAt = null;
  charge.history.push({
    occurred: at,
    event: "FAIL",
    amount: charge.amount,
    idempotencyKey: key,
    success: false,
  });
}

export function canCancel(charge: Charge): Outcome {
  if (["PENDING", "DUE", "RESERVED", "PARTIALLY_CAPTURED"].includes(charge.status)) return ok;
  return no(`A charge with status ${charge.status} cannot be cancelled`);
}

/** PENDING/DUE/RESERVED → CANCELLED; PARTIALLY_CAPTURED → CHARGED with the rest released. Returns the amount released. */
export function cancel(charge: Charge, at: number, key: string): number {
  const released = charge.amount - charge.captured;
  move(charge, charge.status === "PARTIALLY_CAPTURED" ? "CHARGED" : "CANCELLED");
  charge.cancelled += released;
  charge.nextAttemptAt = null;
  charge.history.push({
    occurred: at,
    event: "CANCEL",
    amount: released,
    idempotencyKey: key,
    success: true,
  });
  return released;
}

export function canCapture(charge: Charge, amount: number): Outcome {
  // June 2026: every refusal for the charge's state names its current status.
  if (charge.transactionType !== "RESERVE_CAPTURE")
    return no(
      `A charge with status ${charge.status} cannot be captured: only RESERVE_CAPTURE charges can be captured`,
    );
  if (charge.status !== "RESERVED" && charge.status !== "PARTIALLY_CAPTURED")
    return no(`A charge with status ${charge.status} cannot be captured`);
  const remaining = charge.amount - charge.captured;
  if (amount > remaining) return no(`Captured amount exceeds the reserved amount (${remaining} remaining)`);
  return ok;
}

export function capture(charge: Charge, amount: number, at: number, key: string): void {
  charge.captured += amount;
  move(charge, charge.captured === charge.amount ? "CHARGED" : "PARTIALLY_CAPTURED");
  charge.capturedAt ??= at;
  charge.history.push({ occurred: at, event: "CAPTURE", amount, idempotencyKey: key, success: true });
}

export function canRefund(charge: Charge, amount: number): Outcome {
  if (charge.status !== "CHARGED" && charge.status !== "PARTIALLY_REFUNDED")
    return no(`A charge with status ${charge.status} cannot be refunded`);
  const refundable = charge.captured - charge.refunded;
  if (amount > refundable) return no(`Cannot refund more than captured amount (${refundable} refundable)`);
  return ok;
}

export function refund(charge: Charge, amount: number, at: number, key: string): void {
  charge.refunded += amount;
  move(charge, charge.refunded === charge.captured ? "REFUNDED" : "PARTIALLY_REFUNDED");
  charge.history.push({ occurred: at, event: "REFUND", amount, idempotencyKey: key, success: true });
}
