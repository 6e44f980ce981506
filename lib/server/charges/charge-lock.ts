import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { inProgressText, type TUnsettledOperation } from "@/lib/domain/charge-in-progress";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OperationKind } from "@/lib/generated/prisma/enums";
import type { TServerContext } from "@/lib/server/context/server-context";

// The operations that move money on a charge; one at a time per charge (see
// prisma/sql/005_one_money_operation_per_charge.sql, which repeats this list).
const MONEY_KINDS: OperationKind[] = ["CAPTURE_CHARGE", "REFUND_CHARGE", "CANCEL_CHARGE"];

/** The money operation on this charge (of ctx.merchantId) that Vipps has not confirmed yet, if any. */
export const findUnsettledOperation = (
  ctx: TServerContext,
  chargeId: string,
  tx: Tx | typeof db = db,
): Promise<TUnsettledOperation | null> =>
  tx.vippsOperation.findFirst({
    where: {
      chargeId,
      charge: { agreement: { merchantId: ctx.merchantId } },
      status: "PENDING",
      kind: { in: MONEY_KINDS },
    },
    select: { kind: true, amount: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });

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
 * the first one's operation. A charge of another merchant is not found.
 */
export const lockChargeForOperation = async (
  ctx: TServerContext,
  tx: Tx,
  chargeId: string,
): Promise<TChargeLedger> => {
  await tx.$queryRaw`SELECT id FROM "Charge" WHERE id = ${chargeId} FOR UPDATE`;
  const charge = await tx.charge.findUnique({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId } },
    select: {
      status: true,
      currency: true,
      amount: true,
      capturedAmount: true,
      refundedAmount: true,
      cancelledAmount: true,
    },
  });
  if (!charge) throw new AppError("NOT_FOUND", "chargeNotFound");
  const unsettled = await findUnsettledOperation(ctx, chargeId, tx);
  if (unsettled) {
    const busy = inProgressText(unsettled, charge.currency);
    throw new AppError("CONFLICT", busy.key, busy.params);
  }
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
