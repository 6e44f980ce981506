import "server-only";
import { now } from "@/lib/clock";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { AppError } from "@/lib/errors";
import { pauseAgreement } from "@/lib/server/agreements/pause-agreement";
import { requireOwnAgreement, type TCustomerRef } from "./require-own-agreement";

export const MAX_PAUSE_DAYS = 366;

/** No charges until the chosen date; the agreement stays ACTIVE at Vipps (it has no paused state). */
export const pauseSubscription = async (
  who: TCustomerRef,
  input: { agreementId: string; until: string; reason?: string },
) => {
  const { agreement, actor } = await requireOwnAgreement(who, input.agreementId);
  const until = new Date(`${input.until}T00:00:00Z`);
  const today = toDateOnly(await now());
  // Checked here too (pauseAgreement does), so the field gets a message in the visitor's language.
  if (Number.isNaN(until.getTime()))
    throw new AppError("BAD_INPUT", "Choose a date.", { fieldErrors: { until: "invalidDate" } });
  if (!(until > today) || until > addDays(today, MAX_PAUSE_DAYS)) {
    throw new AppError("BAD_INPUT", "Choose a date after today and within a year.", {
      fieldErrors: { until: "pauseRange" },
    });
  }
  const after = await pauseAgreement({
    agreementId: agreement.id,
    until,
    reason: input.reason?.trim() || undefined,
    actor,
  });
  return { pausedUntil: after.pausedUntil };
};
