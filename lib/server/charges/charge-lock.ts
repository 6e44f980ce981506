import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OperationKind } from "@/lib/generated/prisma/enums";

// The operations that move money on a charge; one at a time per charge (see
// prisma/sql/005_one_money_operation_per_charge.sql, which repeats this list).
const MONEY_KINDS: OperationKind[] = ["CAPTURE_CHARGE", "REFUND_CHARGE", "CANCEL_CHARGE"];

const NOUN: Partial<Record<OperationKind, string>> = {
  CAPTURE_CHARGE: "capture",
  REFUND_CHARGE: "refund",
  CANCEL_CHARGE: "cancellation",
};

export type TUnsettledOperation = { kind: OperationKind; amount: number | null; createdAt: Date };

/** The money operation on this charge that Vipps has not confirmed yet, if any. */
export const findUnsettledOperation = (
  chargeId: string,
  tx: Tx | typeof db = db,
): Promise<TUnsettledOperation | null> =>
  tx.vippsOperation.findFirst({
    where: { chargeId, status: "PENDING", kind: { in: MONEY_KINDS } },
    select: { kind: true, amount: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });

/** What staff are told about an unsettled operation, at the form and on the charge page. */
export function describeInProgress(operation: TUnsettledOperation | null, currency: string): string {
  const what = operation
    ? `A ${NOUN[operation.kind] ?? "change"}${operation.amount ? ` of ${formatMoney(operation.amount, currency)}` : ""}`
    : "Another capture, refund or cancellation";
  return `${what} on this charge is in progress: Vipps MobilePay has not confirmed it yet. Abo sends it again automatically, exactly once. Wait until it is done before you capture, refund or cancel again.`;
}

export const inProgressError = (operation: TUnsettledOperation | null, currency: string) =>
  new AppError("CONFLICT", describeInProgress(operation, currency));

/** The unique index above refused a second unsettled operation (a request that skipped the lock). */
export const isUnsettledConflict = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * A charge's figures, read under a row lock, with what Abo itself has confirmed counted in: Vipps's
 * figures lag until the charge is read back, and a refund or capture that succeeded a moment ago
 * must not be available again in that gap.
 */
export type TChargeLedger = {
  status: Prisma.ChargeModel["status"];
  currency: string;
  amount: number;
  capturedAmount: number;
  refundedAmount: number;
  cancelledAmount: number;
};

/**
 * Locks the charge (SELECT … FOR UPDATE) for the transaction that stores a new money operation, and
 * refuses while another is unsettled: two requests at once wait for each other, and the second sees
 * the first one's operation.
 */
export const lockChargeForOperation = async (tx: Tx, chargeId: string): Promise<TChargeLedger> => {
  await tx.$queryRaw`SELECT id FROM "Charge" WHERE id = ${chargeId} FOR UPDATE`;
  const charge = await tx.charge.findUniqueOrThrow({
    where: { id: chargeId },
    select: {
      status: true,
      currency: true,
      amount: true,
      capturedAmount: true,
      refundedAmount: true,
      cancelledAmount: true,
    },
  });
  const unsettled = await findUnsettledOperation(chargeId, tx);
  if (unsettled) throw inProgressError(unsettled, charge.currency);
  const confirmed = await tx.vippsOperation.groupBy({
    by: ["kind"],
    where: { chargeId, status: "SUCCEEDED", kind: { in: ["CAPTURE_CHARGE", "REFUND_CHARGE"] } },
    _sum: { amount: true },
  });
  const sum = (kind: OperationKind) => confirmed.find((c) => c.kind === kind)?._sum.amount ?? 0;
  return {
    ...charge,
    capturedAmount: Math.max(charge.capturedAmount, sum("CAPTURE_CHARGE")),
    refundedAmount: Math.max(charge.refundedAmount, sum("REFUND_CHARGE")),
  };
};
