// What staff are told while a money operation on a charge waits for Vipps MobilePay's confirmation.
import type { OperationKind } from "@/lib/generated/prisma/enums";
import { formatMoney } from "./money";

const NOUN: Partial<Record<OperationKind, string>> = {
  CAPTURE_CHARGE: "capture",
  REFUND_CHARGE: "refund",
  CANCEL_CHARGE: "cancellation",
};

export type TUnsettledOperation = { kind: OperationKind; amount: number | null; createdAt: Date };

/** What staff are told about an unsettled operation, at the form and on the charge page. */
export function describeInProgress(operation: TUnsettledOperation | null, currency: string): string {
  const what = operation
    ? `A ${NOUN[operation.kind] ?? "change"}${operation.amount ? ` of ${formatMoney(operation.amount, currency)}` : ""}`
    : "Another capture, refund or cancellation";
  return `${what} on this charge is in progress: Vipps MobilePay has not confirmed it yet. Abo sends it again automatically, exactly once. Wait until it is done before you capture, refund or cancel again.`;
}
