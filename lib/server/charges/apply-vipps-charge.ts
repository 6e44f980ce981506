import "server-only";
import { machineNow } from "@/lib/clock";
import type { Charge } from "@/lib/generated/prisma/client";
import type { ChargeStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { captureDeadlineFrom } from "@/lib/domain/charge-deadlines";
import { isProgress } from "@/lib/domain/charge-status";
import type { TCharge } from "@/lib/vipps/schemas";
import { enqueue } from "@/lib/queue/client";
import { issuesReceipt } from "@/lib/domain/receipts";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { issueReceipts } from "@/lib/server/receipts/issue-receipts";
import { emailChargeMove } from "@/lib/server/email/email-customer";

export type TSyncSource = "webhook" | "poll" | "reconcile" | "refresh" | "action";

/**
 * Applies what Vipps says about a charge, forward only: a stale read or a late, duplicated or
 * reordered webhook never moves a charge back. Returns the status change, if any. The charge must be
 * of ctx.merchantId; a repair is audited as the system's (Abo caught up, nobody asked).
 */
export const applyVippsCharge = async (
  ctx: TServerContext,
  charge: Charge,
  remote: TCharge,
  source: TSyncSource,
): Promise<{ changed: boolean; from: ChargeStatus; to: ChargeStatus }> => {
  const status: ChargeStatus = remote.status === "UNKNOWN" ? charge.status : remote.status;
  const next = {
    status,
    amount: charge.amount,
    capturedAmount: remote.summary?.captured ?? charge.capturedAmount,
    refundedAmount: remote.summary?.refunded ?? charge.refundedAmount,
    cancelledAmount: remote.summary?.cancelled ?? charge.cancelledAmount,
  };
  const syncedAt = machineNow();
  if (!isProgress(charge, next)) {
    await db.charge.update({
      where: { id: charge.id, agreement: { merchantId: ctx.merchantId } },
      data: { lastSyncedAt: syncedAt, history: remote.history ?? undefined },
    });
    return { changed: false, from: charge.status, to: charge.status };
  }

  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: charge.agreementId, merchantId: ctx.merchantId },
    select: { market: true, customerId: true },
  });
  const reservedAt = remote.history?.find((h) => h.event === "RESERVE" && h.success)?.occurred;
  // The progress and its audit entry (for a repair) commit together.
  const updated = await db.$transaction(async (tx) => {
    const moved = await tx.charge.updateMany({
      // Optimistic: only if nobody applied something newer in the meantime.
      where: {
        id: charge.id,
        status: charge.status,
        capturedAmount: charge.capturedAmount,
        refundedAmount: charge.refundedAmount,
        cancelledAmount: charge.cancelledAmount,
      },
      data: {
        ...next,
        amount: undefined,
        sendState: "SENT",
        failureReason: remote.failureReason ?? null,
        failureDescription: remote.failureDescription ?? null,
        transactionId: remote.transactionId ?? charge.transactionId,
        history: remote.history ?? undefined,
        captureDeadline:
          status === "RESERVED" && !charge.captureDeadline
            ? captureDeadlineFrom(reservedAt ? new Date(reservedAt) : syncedAt, agreement.market)
            : undefined,
        lastSyncedAt: syncedAt,
        nextPollAt: null,
      },
    });
    if (moved.count > 0 && source === "reconcile") {
      await recordAudit(
        ctx,
        {
          actor: { type: "SYSTEM" },
          action: "charge.repaired",
          target: { type: "charge", id: charge.id },
          customerId: agreement.customerId,
          agreementId: charge.agreementId,
          chargeId: charge.id,
          orderId: charge.orderId,
          reason: "Vipps MobilePay reported a state Abo had missed",
          before: {
            status: charge.status,
            captured: charge.capturedAmount,
            refunded: charge.refundedAmount,
            cancelled: charge.cancelledAmount,
          },
          after: {
            status,
            captured: next.capturedAmount,
            refunded: next.refundedAmount,
            cancelled: next.cancelledAmount,
          },
        },
        tx,
      );
    }
    if (moved.count > 0) await emailChargeMove(ctx, tx, charge.id, charge, next);
    // A completed capture or a new refund gets its numbered receipt or credit note in this same
    // transaction, so a number is used exactly when the money move is recorded (gap-free). Last,
    // so the sales unit's counter row stays locked only until the commit.
    if (moved.count > 0 && issuesReceipt(status, next.capturedAmount))
      await issueReceipts(ctx, tx, charge.id);
    return moved.count;
  });
  if (updated === 0) {
    const fresh = await db.charge.findUniqueOrThrow({ where: { id: charge.id } });
    return applyVippsCharge(ctx, fresh, remote, source);
  }

  if (status !== charge.status) await afterStatusChange(charge, status);
  return { changed: true, from: charge.status, to: status };
};

async function afterStatusChange(charge: Charge, status: ChargeStatus): Promise<void> {
  if (status === "FAILED" && charge.type !== "INITIAL") {
    await db.agreement.update({
      where: { id: charge.agreementId },
      data: { consecutiveFailures: { increment: 1 } },
    });
    await enqueue("dunning.charge-failed", { chargeId: charge.id }, { singletonKey: `dunning-${charge.id}` });
  }
  if (status === "CHARGED" || status === "RESERVED") {
    await db.agreement.update({ where: { id: charge.agreementId }, data: { consecutiveFailures: 0 } });
  }
}
