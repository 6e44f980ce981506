// What staff are told while a money operation on a charge waits for Vipps MobilePay's confirmation.
import { englishError, type TErrorKey, type TErrorText } from "@/lib/errors";
import type { OperationKind } from "@/lib/generated/prisma/enums";
import { formatMoney } from "./money";

// The operation as the subject of the message ("A refund of 100 kr"), without and with its amount.
const SUBJECT: Partial<Record<OperationKind, [TErrorKey, TErrorKey]>> = {
  CAPTURE_CHARGE: ["busyCapture", "busyCaptureOf"],
  REFUND_CHARGE: ["busyRefund", "busyRefundOf"],
  CANCEL_CHARGE: ["busyCancellation", "busyCancellationOf"],
};

export type TUnsettledOperation = { kind: OperationKind; amount: number | null; createdAt: Date };

/** What staff are told about an unsettled operation (an error message, lib/i18n/messages/errors). */
export function inProgressText(operation: TUnsettledOperation | null, currency: string): TErrorText {
  if (!operation) return { key: "chargeBusy", params: { what: { key: "busyAnother" } } };
  const [plain, withAmount] = SUBJECT[operation.kind] ?? ["busyChange", "busyChangeOf"];
  const what: TErrorText = operation.amount
    ? { key: withAmount, params: { amount: formatMoney(operation.amount, currency) } }
    : { key: plain };
  return { key: "chargeBusy", params: { what } };
}

/** The same in English, at the form and on the charge page. */
export const describeInProgress = (operation: TUnsettledOperation | null, currency: string): string =>
  englishError(inProgressText(operation, currency));
