import "server-only";
import { periodEnd, periodIndexAt } from "@/lib/domain/billing-calendar";
import { AppError } from "@/lib/errors";
import { requireActiveAtVipps } from "@/lib/domain/active-at-vipps";
import { agreementSnapshot } from "@/lib/domain/agreement-snapshot";
import type { TServerContext } from "@/lib/server/context/server-context";
import { billingPlanOf } from "./billing-plan";
import { loadAgreementForAction } from "./load-agreement";
import { commitLocalChange } from "./local-change";
import { recordStopFeedback, type TStopFeedback } from "./stop-feedback";
import { stopAgreement } from "./stop-agreement";

/**
 * Ends an agreement when the period already paid for runs out: charges for later periods are
 * cancelled at Vipps now, no new ones are made, and the agreement is stopped at Vipps on that date
 * (the agreements.stop-scheduled job). Without a fixed interval there is no period: it stops now.
 */
export const scheduleStop = async (
  ctx: TServerContext,
  input: { agreementId: string; reason?: string; feedback?: TStopFeedback },
) => {
  const agreement = await loadAgreementForAction(ctx, input.agreementId);
  requireActiveAtVipps(agreement);
  if (agreement.stopAt) throw new AppError("CONFLICT", "alreadyEnding");
  const plan = billingPlanOf(agreement);
  const today = ctx.now;
  if (!plan) return stopAgreement(ctx, input);

  const stopAt = periodEnd(plan, periodIndexAt(plan, today));
  await commitLocalChange(ctx, {
    agreement,
    guard: { status: "ACTIVE", stopAt: null },
    data: {
      stopAt,
      stopCause: ctx.actor.type === "CUSTOMER" ? "CUSTOMER" : "STAFF",
      stopReason: input.reason ?? null,
    },
    action: "agreement.schedule-stop",
    reason: input.reason,
    before: agreementSnapshot(agreement),
    voids: { which: { periodStart: { gte: stopAt } }, reason: "Subscription ends at period end" },
    also: async (tx) => {
      if (input.feedback)
        await recordStopFeedback(ctx, tx, { agreement, feedback: input.feedback, outcome: "STOPPED" });
    },
  });
  return { stopAt };
};
