import "server-only";
import { resumePeriodIndex } from "@/lib/domain/billing-schedule";
import { periodStart } from "@/lib/domain/billing-calendar";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireActiveAtVipps } from "@/lib/domain/active-at-vipps";
import { agreementSnapshot } from "@/lib/domain/agreement-snapshot";
import type { TServerContext } from "@/lib/server/context/server-context";
import { billingPlanOf } from "./billing-plan";
import { loadAgreementForAction } from "./load-agreement";
import { commitLocalChange } from "./local-change";

/**
 * Whether a stop at period end can still be taken back. The agreement never left ACTIVE at Vipps,
 * so Vipps needs nothing. But a charge for a period after the stop that was cancelled *at Vipps*
 * has spent its orderId (one period, one charge), so that period could not be charged again: then
 * the undo is refused rather than giving a period away or charging it twice.
 */
export const stopUndoBlocker = async (ctx: TServerContext, agreement: { id: string; stopAt: Date | null }) =>
  agreement.stopAt
    ? db.charge.findFirst({
        where: {
          agreementId: agreement.id,
          agreement: { merchantId: ctx.merchantId },
          type: "RECURRING",
          periodStart: { gte: agreement.stopAt },
          status: "CANCELLED",
          sendState: "SENT",
        },
        select: { id: true },
      })
    : null;

/**
 * Takes back a stop planned for the end of the period: the agreement goes on as before and the
 * scheduler charges the next period as usual (its voided charge, never sent, is planned again).
 */
export const undoScheduledStop = async (
  ctx: TServerContext,
  input: { agreementId: string; reason?: string },
) => {
  const agreement = await loadAgreementForAction(ctx, input.agreementId);
  requireActiveAtVipps(agreement);
  const today = ctx.now;
  if (!agreement.stopAt || agreement.stopAt <= today) throw new AppError("CONFLICT", "notEnding");
  if (await stopUndoBlocker(ctx, agreement)) throw new AppError("CONFLICT", "stopUndoTooLate");
  const plan = billingPlanOf(agreement);
  const stopAt = agreement.stopAt;
  return commitLocalChange(ctx, {
    agreement,
    guard: { status: "ACTIVE", stopAt },
    data: { stopAt: null, stopCause: null, stopReason: null, stopActor: null },
    action: "agreement.undo-stop",
    reason: input.reason,
    before: agreementSnapshot(agreement),
    also: async (tx) => {
      // Charges the stop voided before they reached Vipps never existed there: they go, and the
      // scheduler plans those periods again under the same orderId.
      await tx.charge.deleteMany({
        where: {
          agreementId: agreement.id,
          type: "RECURRING",
          periodStart: { gte: stopAt },
          status: "CANCELLED",
          sendState: "PLANNED",
        },
      });
      await tx.stopFeedback.updateMany({
        where: { agreementId: agreement.id, outcome: "STOPPED", replacedAt: null },
        data: { replacedAt: today },
      });
      if (!plan) return;
      const last = await tx.charge.aggregate({
        where: { agreementId: agreement.id, periodIndex: { not: null } },
        _max: { periodIndex: true },
      });
      const k = resumePeriodIndex(
        plan,
        { nextPeriodIndex: agreement.nextPeriodIndex, lastChargedIndex: last._max.periodIndex },
        stopAt,
      );
      await tx.agreement.update({
        where: { id: agreement.id },
        data: { nextPeriodIndex: k, nextChargeDate: periodStart(plan, k) },
      });
    },
  });
};
