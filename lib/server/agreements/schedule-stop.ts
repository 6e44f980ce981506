import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { periodEnd, periodIndexAt } from "@/lib/domain/periods";
import { AppError } from "@/lib/errors";
import { auditActor, type TActor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import { billingPlanOf } from "./billing-plan";
import { agreementSnapshot, loadAgreementForAction, requireActiveAtVipps } from "./load-agreement";
import { stopAgreement } from "./stop-agreement";

/**
 * Ends an agreement when the period already paid for runs out: charges for later periods are
 * cancelled at Vipps now, no new ones are made, and the agreement is stopped at Vipps on that date
 * (the agreements.stop-scheduled job). Without a fixed interval there is no period: it stops now.
 */
export const scheduleStop = async (input: { agreementId: string; reason?: string; actor: TActor }) => {
  const agreement = await loadAgreementForAction(input.agreementId);
  requireActiveAtVipps(agreement);
  if (agreement.stopAt) throw new AppError("CONFLICT", "This subscription is already set to end.");
  const plan = billingPlanOf(agreement);
  const today = await now();
  if (!plan) return stopAgreement(input);

  const stopAt = periodEnd(plan, periodIndexAt(plan, today));
  const before = agreementSnapshot(agreement);
  await db.agreement.update({
    where: { id: agreement.id },
    data: { stopAt, stopCause: input.actor.type === "CUSTOMER" ? "CUSTOMER" : "STAFF", stopReason: input.reason ?? null },
  });
  const later = await db.charge.findMany({
    where: { agreementId: agreement.id, type: "RECURRING", periodStart: { gte: stopAt }, status: { in: ["PENDING", "DUE"] } },
    select: { id: true, sendState: true },
  });
  for (const charge of later) {
    if (charge.sendState === "SENT") await cancelCharge({ chargeId: charge.id, reason: "Subscription ends at period end", actor: input.actor });
    else await db.charge.update({ where: { id: charge.id }, data: { status: "CANCELLED" } });
  }
  await recordAudit({
    actor: auditActor(input.actor),
    action: "agreement.schedule-stop",
    target: { type: "agreement", id: agreement.id },
    customerId: agreement.customerId,
    agreementId: agreement.id,
    reason: input.reason,
    before,
    after: agreementSnapshot(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })),
  });
  return { stopAt };
};
