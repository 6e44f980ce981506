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
  const until = await pauseDate(input.until);
  const after = await pauseAgreement({
    agreementId: agreement.id,
    until,
    reason: input.reason?.trim() || undefined,
    actor,
  });
  return { pausedUntil: after.pausedUntil };
};

/** The pause's end as a date, after today and within MAX_PAUSE_DAYS, or a message at the field. */
export async function pauseDate(value: string): Promise<Date> {
  const until = new Date(`${value}T00:00:00Z`);
  const today = toDateOnly(await now());
  // Checked here too (pauseAgreement does), so the field gets a message in the visitor's language.
  if (Number.isNaN(until.getTime()))
    throw new AppError("BAD_INPUT", "Choose a date.", { fieldErrors: { until: "invalidDate" } });
  if (!(until > today) || until > addDays(today, MAX_PAUSE_DAYS)) {
    throw new AppError("BAD_INPUT", "Choose a date after today and within a year.", {
      fieldErrors: { until: "pauseRange" },
    });
  }
  return until;
}
