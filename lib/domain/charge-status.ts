// Rules about charge states that do not need a database: which states are final, which way a
// charge may move, and how much is still capturable, refundable or cancellable.
import type { ChargeStatus, OperationKind, OperationStatus } from "@/lib/generated/prisma/enums";

// Progress order for applying what Vipps reports: a state with a lower rank never replaces a
// higher one (a stale read or a late webhook must not move a charge backwards).
const RANK: Record<ChargeStatus, number> = {
  PENDING: 0,
  DUE: 1,
  PROCESSING: 2,
  RESERVED: 3,
  PARTIALLY_CAPTURED: 4,
  CHARGED: 5,
  PARTIALLY_REFUNDED: 6,
  REFUNDED: 7,
  FAILED: 7,
  CANCELLED: 7,
};

export const FINAL_CHARGE_STATUSES: readonly ChargeStatus[] = [
  "CHARGED",
  "FAILED",
  "CANCELLED",
  "REFUNDED",
  "PARTIALLY_REFUNDED",
];

/** Nothing more will happen to it by itself (a refund may still be made on CHARGED). */
export function isSettled(status: ChargeStatus): boolean {
  return FINAL_CHARGE_STATUSES.includes(status);
}

export type TChargeAmounts = {
  amount: number;
  capturedAmount: number;
  refundedAmount: number;
  cancelledAmount: number;
};

export function isProgress(
  from: { status: ChargeStatus } & TChargeAmounts,
  to: { status: ChargeStatus } & TChargeAmounts,
): boolean {
  if (RANK[to.status] > RANK[from.status]) return true;
  if (RANK[to.status] < RANK[from.status]) return false;
  return (
    to.capturedAmount > from.capturedAmount ||
    to.refundedAmount > from.refundedAmount ||
    to.cancelledAmount > from.cancelledAmount ||
    (to.status !== from.status && !isSettled(from.status))
  );
}

/** What a capture may still take: the reservation minus what was captured or released. */
export function capturable(charge: { status: ChargeStatus } & TChargeAmounts): number {
  if (charge.status !== "RESERVED" && charge.status !== "PARTIALLY_CAPTURED") return 0;
  return Math.max(0, charge.amount - charge.capturedAmount - charge.cancelledAmount);
}

/** What a refund may still return: what was captured minus what was refunded. */
export function refundable(charge: { status: ChargeStatus } & TChargeAmounts): number {
  if (!["CHARGED", "PARTIALLY_CAPTURED", "PARTIALLY_REFUNDED"].includes(charge.status)) return 0;
  return Math.max(0, charge.capturedAmount - charge.refundedAmount);
}

export function isCancellable(status: ChargeStatus): boolean {
  return status === "PENDING" || status === "DUE" || status === "RESERVED" || status === "PARTIALLY_CAPTURED";
}

type TMoneyOperation = { kind: OperationKind; status: OperationStatus; amount: number | null };

/** What a charge's captures or refunds in one state add up to (PENDING: sent, not yet confirmed). */
export function sumOperations(
  operations: readonly TMoneyOperation[],
  kind: "CAPTURE_CHARGE" | "REFUND_CHARGE",
  status: "PENDING" | "SUCCEEDED",
): number {
  return operations
    .filter((o) => o.kind === kind && o.status === status)
    .reduce((sum, o) => sum + (o.amount ?? 0), 0);
}

/** Captures or refunds still in flight: Vipps has not confirmed them, so they are not yet counted in. */
export const inFlight = (operations: readonly TMoneyOperation[], kind: "CAPTURE_CHARGE" | "REFUND_CHARGE") =>
  sumOperations(operations, kind, "PENDING");
