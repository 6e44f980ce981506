import "server-only";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { nextCharge } from "@/lib/domain/next-charge";
import { billingPlanOf } from "@/lib/server/agreements/billing-plan";
import { pauseDate } from "./pause-subscription";
import { querySummaryRows } from "./query-summary-rows";
import type { TCustomerRef } from "./require-own-agreement";

/**
 * The next payment a pause until `until` would leave: what the confirm step shows before anything
 * changes. Charges due before that date are the ones the pause cancels; the scheduler's calendar
 * (nextCharge) gives the rest, with the paused periods skipped.
 */
export const previewPause = async (
  who: TCustomerRef,
  input: { agreementId: string; until: string },
): Promise<{ nextCharge: { date: string; amount: number } | null }> => {
  const today = await now();
  // One read, scoped to the customer: someone else's agreement is simply not found.
  const [found] = await querySummaryRows({
    customerId: who.customerId,
    agreementId: input.agreementId,
    today,
    limit: 1,
  });
  if (!found) throw new AppError("NOT_FOUND", "We could not find that subscription.");
  const until = await pauseDate(input.until);
  const { row, open } = found;
  const next = nextCharge({
    ...row,
    plan: billingPlanOf(row),
    pausedUntil: until,
    pricing: row,
    now: today,
    upcoming: open.filter((c) => c.due !== null && c.due >= until),
  });
  return { nextCharge: next ? { date: next.date.toISOString().slice(0, 10), amount: next.amount } : null };
};
