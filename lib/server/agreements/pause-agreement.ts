import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { AppError } from "@/lib/errors";
import { auditActor, type TActor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import { agreementSnapshot, loadAgreementForAction, requireActiveAtVipps } from "./load-agreement";

/**
 * Pauses billing until a date: the agreement stays ACTIVE at Vipps (there is no paused state
 * there); charges due before that date are cancelled and periods that start in the pause are skipped.
 */
export const pauseAgreement = async (input: { agreementId: string; until: Date; reason?: string; actor: TActor }) => {
  const agreement = await loadAgreementForAction(input.agreementId);
  requireActiveAtVipps(agreement);
  if (agreement.stopAt) throw new AppError("CONFLICT", "This subscription is set to end; it cannot be paused.");
  const today = toDateOnly(await now());
  const until = toDateOnly(input.until);
  if (!(until > today) || until > addDays(today, 366)) {
    throw new AppError("BAD_INPUT", "Choose a date after today and within a year.", { fieldErrors: { until: "After today, within a year" } });
  }
  const before = agreementSnapshot(agreement);
  await db.agreement.update({ where: { id: agreement.id }, data: { pausedUntil: until } });
  const inPause = await db.charge.findMany({
    where: { agreementId: agreement.id, type: "RECURRING", due: { lt: until }, status: { in: ["PENDING", "DUE"] } },
    select: { id: true, sendState: true },
  });
  for (const charge of inPause) {
    if (charge.sendState === "SENT") await cancelCharge({ chargeId: charge.id, reason: "Subscription paused", actor: input.actor });
    else await db.charge.update({ where: { id: charge.id }, data: { status: "CANCELLED" } });
  }
  const after = agreementSnapshot(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } }));
  await recordAudit({
    actor: auditActor(input.actor),
    action: "agreement.pause",
    target: { type: "agreement", id: agreement.id },
    customerId: agreement.customerId,
    agreementId: agreement.id,
    reason: input.reason,
    before,
    after,
  });
  return after;
};

/** Ends a pause now: billing continues with the next period that starts from today. */
export const resumeAgreement = async (input: { agreementId: string; reason?: string; actor: TActor }) => {
  const agreement = await loadAgreementForAction(input.agreementId);
  requireActiveAtVipps(agreement);
  if (!agreement.pausedUntil) throw new AppError("CONFLICT", "This subscription is not paused.");
  const before = agreementSnapshot(agreement);
  await db.agreement.update({ where: { id: agreement.id }, data: { pausedUntil: null } });
  const after = agreementSnapshot(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } }));
  await recordAudit({
    actor: auditActor(input.actor),
    action: "agreement.resume",
    target: { type: "agreement", id: agreement.id },
    customerId: agreement.customerId,
    agreementId: agreement.id,
    reason: input.reason,
    before,
    after,
  });
  return after;
};
