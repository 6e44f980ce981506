import "server-only";
import { now } from "@/lib/clock";
import { nextCharge } from "@/lib/domain/next-charge";
import { billingPlanOf } from "@/lib/server/agreements/billing-plan";
import { pauseDate } from "./pause-subscription";
import { querySummaryRows } from "./query-summary-rows";
import { requireOwnAgreement, type TCustomerRef } from "./require-own-agreement";

/**
 * The next payment a pause until `until` would leave: what the confirm step shows before anything
 * changes. Charges due before that date are the ones the pause cancels; the scheduler's calendar
 * (nextCharge) gives the rest, with the paused periods skipped.
 */
export const previewPause = async (
  who: TCustomerRef,
  input: { agreementId: string; until: string },
): Promise<{ nextCharge: { date: string; amount: number } | null }> => {
  const { agreement } = await requireOwnAgreement(who, input.agreementId);
  const until = await pauseDate(input.until);
  const today = await now();
  const [found] = await querySummaryRows({
    customerId: who.customerId,
    agreementId: agreement.id,
    today,
    limit: 1,
  });
  if (!found) return { nextCharge: null };
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
