import "server-only";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { AppError } from "@/lib/errors";
import { pauseAgreement } from "@/lib/server/agreements/pause-agreement";
import type { TServerContext } from "@/lib/server/context/server-context";
import { requireOwnAgreement } from "./require-own-agreement";

export const MAX_PAUSE_DAYS = 366;

/** No charges until the chosen date; the agreement stays ACTIVE at Vipps (it has no paused state). */
export const pauseSubscription = async (
  ctx: TServerContext,
  input: { agreementId: string; until: string; reason?: string },
) => {
  const agreement = await requireOwnAgreement(ctx, input.agreementId);
  const until = pauseDate(ctx, input.until);
  const after = await pauseAgreement(ctx, {
    agreementId: agreement.id,
    until,
    reason: input.reason?.trim() || undefined,
  });
  return { pausedUntil: after.pausedUntil };
};

/** The pause's end as a date, after the context's today and within MAX_PAUSE_DAYS, or a message at the field. */
export function pauseDate(ctx: TServerContext, value: string): Date {
  const until = new Date(`${value}T00:00:00Z`);
  const today = toDateOnly(ctx.now);
  // Checked here too (pauseAgreement does), so the field gets a message in the visitor's language.
  if (Number.isNaN(until.getTime()))
    throw new AppError("BAD_INPUT", "chooseDate", {}, { fieldErrors: { until: "invalidDate" } });
  if (!(until > today) || until > addDays(today, MAX_PAUSE_DAYS)) {
    throw new AppError(
      "BAD_INPUT",
      "chooseDateWithinYear",
      {},
      {
        fieldErrors: { until: "pauseRange" },
      },
    );
  }
  return until;
}
