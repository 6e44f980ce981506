import "server-only";
import { resumePeriodIndex } from "@/lib/domain/billing-schedule";
import { periodStart } from "@/lib/domain/billing-calendar";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireActiveAtVipps } from "@/lib/domain/active-at-vipps";
import { agreementSnapshot } from "@/lib/domain/agreement-snapshot";
import type { TServerContext } from "@/lib/server/context/server-context";
import { billingPlanOf } from "./billing-plan";
import { loadAgreementForAction } from "./load-agreement";
import { commitLocalChange } from "./local-change";

/**
 * Pauses billing until a date: the agreement stays ACTIVE at Vipps (there is no paused state
 * there); charges due before that date are cancelled and periods that start in the pause are skipped.
 */
export const pauseAgreement = async (
  ctx: TServerContext,
  input: { agreementId: string; until: Date; reason?: string; also?: (tx: Tx) => Promise<unknown> },
) => {
  const agreement = await loadAgreementForAction(ctx, input.agreementId);
  requireActiveAtVipps(agreement);
  if (agreement.stopAt) throw new AppError("CONFLICT", "endingCannotPause");
  const today = toDateOnly(ctx.now);
  const until = toDateOnly(input.until);
  if (!(until > today) || until > addDays(today, 366)) {
    throw new AppError(
      "BAD_INPUT",
      "chooseDateWithinYear",
      {},
      {
        fieldErrors: { until: "pauseRange" },
      },
    );
  }
  if (agreement.pausedUntil) return movePause(ctx, agreement, until, input);
  return commitLocalChange(ctx, {
    agreement,
    guard: { status: "ACTIVE", stopAt: null, pausedUntil: null },
    data: { pausedUntil: until },
    action: "agreement.pause",
    reason: input.reason,
    before: agreementSnapshot(agreement),
    voids: { which: { due: { lt: until } }, reason: "Subscription paused" },
    also: input.also,
  });
};

/**
 * A pause that is running gets another end date. Later: the charges now inside the pause are
 * cancelled as for a new pause. Earlier: periods the scheduler already skipped as paused but now
 * after the pause are given back (resumePeriodIndex), so they are charged as usual.
 */
async function movePause(
  ctx: TServerContext,
  agreement: Awaited<ReturnType<typeof loadAgreementForAction>>,
  until: Date,
  input: { reason?: string; also?: (tx: Tx) => Promise<unknown> },
) {
  const from = agreement.pausedUntil!;
  const plan = billingPlanOf(agreement);
  return commitLocalChange(ctx, {
    agreement,
    guard: { status: "ACTIVE", stopAt: null, pausedUntil: from },
    data: { pausedUntil: until },
    action: "agreement.pause-change",
    reason: input.reason,
    before: agreementSnapshot(agreement),
    voids: until > from ? { which: { due: { lt: until } }, reason: "Pause made longer" } : undefined,
    also: async (tx) => {
      await input.also?.(tx);
      if (!plan || until >= from) return;
      const last = await tx.charge.aggregate({
        where: { agreementId: agreement.id, periodIndex: { not: null } },
        _max: { periodIndex: true },
      });
      const k = resumePeriodIndex(
        plan,
        { nextPeriodIndex: agreement.nextPeriodIndex, lastChargedIndex: last._max.periodIndex },
        until,
      );
      if (k < agreement.nextPeriodIndex)
        await tx.agreement.update({
          where: { id: agreement.id },
          data: { nextPeriodIndex: k, nextChargeDate: periodStart(plan, k) },
        });
    },
  });
}

/** Ends a pause now: billing continues with the next period that starts from today. */
export const resumeAgreement = async (
  ctx: TServerContext,
  input: { agreementId: string; reason?: string },
) => {
  const agreement = await loadAgreementForAction(ctx, input.agreementId);
  requireActiveAtVipps(agreement);
  if (!agreement.pausedUntil) throw new AppError("CONFLICT", "notPaused");
  return commitLocalChange(ctx, {
    agreement,
    guard: { status: "ACTIVE", pausedUntil: { not: null } },
    data: { pausedUntil: null },
    action: "agreement.resume",
    reason: input.reason,
    before: agreementSnapshot(agreement),
  });
};
