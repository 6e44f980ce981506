import "server-only";
import type { StopCause } from "@/lib/generated/prisma/enums";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { auditedOperation } from "@/lib/server/operations/audited-operation";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { emailAgreement } from "@/lib/server/email/email-customer";
import { systemContext } from "@/lib/server/context/build-context";
import { agreementSnapshot, loadAgreementForAction, requireActiveAtVipps } from "./load-agreement";
import { recordStopFeedback, type TStopFeedback } from "./stop-feedback";

const CAUSE: Record<TActor["type"], StopCause> = {
  CUSTOMER: "CUSTOMER",
  STAFF: "STAFF",
  SYSTEM: "FAILED_PAYMENT",
};

/**
 * Stops an agreement at Vipps now. STOPPED is final. Vipps cancels its pending, due and reserved
 * charges (capture reservations first if the goods went out); Abo drops charges it had not sent.
 */
export const stopAgreement = async (input: {
  agreementId: string;
  reason?: string;
  actor: TActor;
  cause?: StopCause;
  /** The customer's reason and the offer they were shown: recorded with the intent, withdrawn with it. */
  feedback?: TStopFeedback;
}) => {
  const agreement = await loadAgreementForAction(input.agreementId);
  const vippsAgreementId = requireActiveAtVipps(agreement);
  if (input.actor.type === "STAFF" && input.actor.role !== "ADMIN" && agreement.merchant.stopRequiresAdmin) {
    throw new AppError("FORBIDDEN", "Stopping agreements needs the admin role.");
  }
  const cause = input.cause ?? CAUSE[input.actor.type];
  // Written before the call, so a stop webhook that overtakes our own bookkeeping keeps the right cause.
  const feedback = input.feedback;
  const recorded = await db.$transaction(async (tx) => {
    await tx.agreement.update({
      where: { id: agreement.id },
      data: { stopCause: cause, stopReason: input.reason ?? null, stopActor: "MERCHANT" },
    });
    return feedback
      ? recordStopFeedback(tx, { agreement, feedback, outcome: "STOPPED", at: await now() })
      : null;
  });

  try {
    return await auditedOperation(
      {
        actor: input.actor,
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
        const stoppedAt = await now();
        await db.agreement.updateMany({
          where: { id: agreement.id, status: "ACTIVE" },
          data: { status: "STOPPED", stoppedAt, nextChargeDate: null, nextPollAt: null },
        });
        // A context of its own until this function takes one (issue 16).
        await emailAgreement(
          await systemContext({ merchantId: agreement.merchantId }),
          "stopped",
          agreement.id,
        );
        await db.charge.updateMany({
          where: { agreementId: agreement.id, sendState: "PLANNED" },
          data: { status: "CANCELLED" },
        });
        await syncAgreementCharges(agreement.id, "action").catch(() => undefined);
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
