import "server-only";
import { db } from "@/lib/db";
import type { TStopReason } from "@/lib/domain/stop-reasons";
import { AppError } from "@/lib/errors";
import { pauseAgreement } from "@/lib/server/agreements/pause-agreement";
import { recordStopFeedback } from "@/lib/server/agreements/stop-feedback";
import type { TServerContext } from "@/lib/server/context/server-context";
import { changePlan } from "./change-plan";
import { getStopOffer } from "./get-stop-offer";
import { pauseDate } from "./pause-subscription";
import { requireOwnAgreement } from "./require-own-agreement";

/**
 * The customer about to stop takes the offer instead. The offer is looked up again (what the page
 * showed may have gone stale); a pause is recorded with its feedback in one transaction, a plan
 * change is made at Vipps first and its feedback written after.
 */
export const acceptStopOffer = async (
  ctx: TServerContext,
  input: { agreementId: string; reasonCode?: TStopReason; offer: "PAUSE" | "CHEAPER_PLAN" },
) => {
  const agreement = await requireOwnAgreement(ctx, input.agreementId);
  const offer = await getStopOffer(ctx, input);
  if (!offer || offer.kind !== input.offer) throw new AppError("CONFLICT", "offerNoLongerAvailable");
  const row = await db.agreement.findUniqueOrThrow({
    where: { id: agreement.id },
    select: { id: true, merchantId: true },
  });
  const feedback = { reason: input.reasonCode ?? null, offerShown: offer.kind };
  if (offer.kind === "PAUSE") {
    const after = await pauseAgreement(ctx, {
      agreementId: agreement.id,
      until: pauseDate(ctx, offer.until),
      reason: "Paused instead of stopping (offer)",
      also: (tx) => recordStopFeedback(ctx, tx, { agreement: row, feedback, outcome: "PAUSED" }),
    });
    return { kind: "PAUSE" as const, pausedUntil: after.pausedUntil, productName: null };
  }
  const changed = await changePlan(ctx, { agreementId: agreement.id, productSlug: offer.plan.slug });
  await db.$transaction((tx) =>
    recordStopFeedback(ctx, tx, { agreement: row, feedback, outcome: "PLAN_CHANGED" }),
  );
  return { kind: "CHEAPER_PLAN" as const, pausedUntil: null, productName: changed.productName };
};
