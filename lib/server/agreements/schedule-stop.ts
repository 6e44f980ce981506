import "server-only";
import { now } from "@/lib/clock";
import { periodEnd, periodIndexAt } from "@/lib/domain/billing-calendar";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { billingPlanOf } from "./billing-plan";
import { agreementSnapshot, loadAgreementForAction, requireActiveAtVipps } from "./load-agreement";
import { commitLocalChange } from "./local-change";
import { recordStopFeedback, type TStopFeedback } from "./stop-feedback";
import { stopAgreement } from "./stop-agreement";

/**
 * Ends an agreement when the period already paid for runs out: charges for later periods are
 * cancelled at Vipps now, no new ones are made, and the agreement is stopped at Vipps on that date
 * (the agreements.stop-scheduled job). Without a fixed interval there is no period: it stops now.
 */
export const scheduleStop = async (input: {
  agreementId: string;
  reason?: string;
  actor: TActor;
  feedback?: TStopFeedback;
}) => {
  const agreement = await loadAgreementForAction(input.agreementId);
  requireActiveAtVipps(agreement);
  if (agreement.stopAt) throw new AppError("CONFLICT", "This subscription is already set to end.");
  const plan = billingPlanOf(agreement);
  const today = await now();
  if (!plan) return stopAgreement(input);

  const stopAt = periodEnd(plan, periodIndexAt(plan, today));
  await commitLocalChange({
    agreement,
    guard: { status: "ACTIVE", stopAt: null },
    data: {
      stopAt,
      stopCause: input.actor.type === "CUSTOMER" ? "CUSTOMER" : "STAFF",
      stopReason: input.reason ?? null,
    },
    action: "agreement.schedule-stop",
    actor: input.actor,
    reason: input.reason,
    before: agreementSnapshot(agreement),
    voids: { which: { periodStart: { gte: stopAt } }, reason: "Subscription ends at period end" },
    also: async (tx) => {
      if (input.feedback)
        await recordStopFeedback(tx, { agreement, feedback: input.feedback, outcome: "STOPPED", at: today });
    },
  });
  return { stopAt };
};
