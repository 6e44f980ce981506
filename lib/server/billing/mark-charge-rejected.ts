import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * Records that Vipps will not create a charge (refused in a batch, or a charge-creation-failed
 * webhook): the row ends REJECTED and FAILED with Vipps's words, and support sees it in the audit
 * log. No dunning: the customer did nothing wrong. Only a charge Vipps never confirmed can end here.
 */
export const markChargeRejected = async (
  ctx: TServerContext,
  chargeId: string,
  problem: { title: string; detail: string; errors?: string[]; failureCode?: string | null },
) => {
  const charge = await db.charge.findFirst({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId } },
    include: { agreement: { select: { customerId: true } } },
  });
  if (!charge || charge.sendState === "REJECTED" || !["PENDING", "DUE"].includes(charge.status)) return false;
  // The failure and its audit entry commit together.
  return db.$transaction(async (tx) => {
    const updated = await tx.charge.updateMany({
      where: { id: chargeId, sendState: charge.sendState, status: charge.status },
      data: {
        sendState: "REJECTED",
        status: "FAILED",
        creationProblem: problem,
        failureDescription: problem.detail.slice(0, 500),
        nextPollAt: null,
      },
    });
    if (updated.count === 0) return false;
    await recordAudit(
      ctx,
      {
        action: "charge.create.failed",
        target: { type: "charge", id: chargeId },
        customerId: charge.agreement.customerId,
        agreementId: charge.agreementId,
        chargeId,
        orderId: charge.orderId,
        idempotencyKey: charge.idempotencyKey,
        reason: problem.detail,
        before: { status: charge.status, sendState: charge.sendState },
        after: { status: "FAILED", sendState: "REJECTED", problem },
      },
      tx,
    );
    return true;
  });
};
