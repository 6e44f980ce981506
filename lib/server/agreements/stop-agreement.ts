import "server-only";
import type { StopCause } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { requireActiveAtVipps } from "@/lib/domain/active-at-vipps";
import { agreementSnapshot } from "@/lib/domain/agreement-snapshot";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import type { TServerContext } from "@/lib/server/context/server-context";
import { auditedOperation } from "@/lib/server/operations/audited-operation";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { emailAgreement } from "@/lib/server/email/email-customer";
import { loadAgreementForAction } from "./load-agreement";
import { recordStopFeedback, type TStopFeedback } from "./stop-feedback";

const CAUSE: Record<TActor["type"], StopCause> = {
  CUSTOMER: "CUSTOMER",
  STAFF: "STAFF",
  SYSTEM: "FAILED_PAYMENT",
};

/**
 * Stops an agreement at Vipps now. STOPPED is final. Vipps cancels its pending, due and reserved
 * charges (capture reservations first if the goods went out); Abo drops charges it had not sent.
 * The context's actor stops it; another merchant's agreement is not found.
 */
export const stopAgreement = async (
  ctx: TServerContext,
  input: {
    agreementId: string;
    reason?: string;
    cause?: StopCause;
    /** The customer's reason and the offer they were shown: recorded with the intent, withdrawn with it. */
    feedback?: TStopFeedback;
  },
) => {
  const { actor } = ctx;
  const agreement = await loadAgreementForAction(ctx, input.agreementId);
  const vippsAgreementId = requireActiveAtVipps(agreement);
  if (actor.type === "STAFF" && actor.role !== "ADMIN" && agreement.merchant.stopRequiresAdmin) {
    throw new AppError("FORBIDDEN", "stopNeedsAdmin");
  }
  const cause = input.cause ?? CAUSE[actor.type];
  // Written before the call, so a stop webhook that overtakes our own bookkeeping keeps the right cause.
  const feedback = input.feedback;
  const recorded = await db.$transaction(async (tx) => {
    await tx.agreement.update({
      where: { id: agreement.id },
      data: { stopCause: cause, stopReason: input.reason ?? null, stopActor: "MERCHANT" },
    });
    return feedback ? recordStopFeedback(ctx, tx, { agreement, feedback, outcome: "STOPPED" }) : null;
  });

  try {
    return await auditedOperation(
      ctx,
      {
        action: "agreement.stop",
        target: { type: "agreement", id: agreement.id },
        customerId: agreement.customerId,
        agreementId: agreement.id,
        reason: input.reason,
        before: agreementSnapshot(agreement),
      },
      {
        kind: "STOP_AGREEMENT",
        salesUnitId: agreement.salesUnitId,
        agreementId: agreement.id,
        request: { status: "STOPPED" },
      },
      (client, idempotencyKey) => client.stopAgreement(vippsAgreementId, { idempotencyKey }),
      async () => {
        // Abo's clock, like every other date Abo keeps (a wall-clock date is wrong under time travel).
        const stoppedAt = ctx.now;
        await db.agreement.updateMany({
          where: { id: agreement.id, status: "ACTIVE" },
          data: { status: "STOPPED", stoppedAt, nextChargeDate: null, nextPollAt: null },
        });
        await emailAgreement("stopped", agreement.id);
        await db.charge.updateMany({
          where: { agreementId: agreement.id, sendState: "PLANNED" },
          data: { status: "CANCELLED" },
        });
        await syncAgreementCharges(ctx, agreement.id, "action").catch(() => undefined);
        return agreementSnapshot(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } }));
      },
    );
  } catch (error) {
    // Vipps refused: the agreement is still active, so the intent is withdrawn.
    if (error instanceof AppError && error.code === "VIPPS_REJECTED") {
      await db.agreement.updateMany({
        where: { id: agreement.id, status: "ACTIVE" },
        data: { stopCause: null, stopReason: null, stopActor: null },
      });
      if (recorded) await db.stopFeedback.deleteMany({ where: { id: recorded.id } });
    }
    throw error;
  }
};
