import "server-only";
import { now } from "@/lib/clock";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { agreementSnapshot, loadAgreementForAction, requireActiveAtVipps } from "./load-agreement";
import { commitLocalChange } from "./local-change";

/**
 * Pauses billing until a date: the agreement stays ACTIVE at Vipps (there is no paused state
 * there); charges due before that date are cancelled and periods that start in the pause are skipped.
 */
export const pauseAgreement = async (input: {
  agreementId: string;
  until: Date;
  reason?: string;
  actor: TActor;
}) => {
  const agreement = await loadAgreementForAction(input.agreementId);
  requireActiveAtVipps(agreement);
  if (agreement.stopAt)
    throw new AppError("CONFLICT", "This subscription is set to end; it cannot be paused.");
  const today = toDateOnly(await now());
  const until = toDateOnly(input.until);
  if (!(until > today) || until > addDays(today, 366)) {
    throw new AppError("BAD_INPUT", "Choose a date after today and within a year.", {
      fieldErrors: { until: "pauseRange" },
    });
  }
  return commitLocalChange({
    agreement,
    guard: { status: "ACTIVE", stopAt: null },
    data: { pausedUntil: until },
    action: "agreement.pause",
    actor: input.actor,
    reason: input.reason,
    before: agreementSnapshot(agreement),
    voids: { which: { due: { lt: until } }, reason: "Subscription paused" },
  });
};

/** Ends a pause now: billing continues with the next period that starts from today. */
export const resumeAgreement = async (input: { agreementId: string; reason?: string; actor: TActor }) => {
  const agreement = await loadAgreementForAction(input.agreementId);
  requireActiveAtVipps(agreement);
  if (!agreement.pausedUntil) throw new AppError("CONFLICT", "This subscription is not paused.");
  return commitLocalChange({
    agreement,
    guard: { status: "ACTIVE", pausedUntil: { not: null } },
    data: { pausedUntil: null },
    action: "agreement.resume",
    actor: input.actor,
    reason: input.reason,
    before: agreementSnapshot(agreement),
  });
};
