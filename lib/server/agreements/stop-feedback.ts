import "server-only";
import type { StopOutcome } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import type { TStopOffer, TStopReason } from "@/lib/domain/stop-reasons";
import type { TServerContext } from "@/lib/server/context/server-context";

/** What the customer's stop flow learnt: the reason chosen (null: none given) and the offer shown. */
export type TStopFeedback = { reason: TStopReason | null; offerShown: TStopOffer };

/**
 * One row per decided stop attempt, written in the transaction of the change it explains. An
 * earlier decision on the same agreement (a stop at period end, then "stop now instead") is marked
 * replaced, so each agreement counts once, with its latest answer. Dated at the context's now.
 */
export const recordStopFeedback = async (
  ctx: TServerContext,
  tx: Tx,
  input: {
    agreement: { id: string; merchantId: string };
    feedback: TStopFeedback;
    outcome: StopOutcome;
  },
) => {
  await tx.stopFeedback.updateMany({
    where: { agreementId: input.agreement.id, replacedAt: null },
    data: { replacedAt: ctx.now },
  });
  return tx.stopFeedback.create({
    data: {
      merchantId: input.agreement.merchantId,
      agreementId: input.agreement.id,
      reason: input.feedback.reason,
      offerShown: input.feedback.offerShown,
      outcome: input.outcome,
      createdAt: ctx.now,
    },
  });
};
