import "server-only";
import { AppError } from "@/lib/errors";
import { nextCharge } from "@/lib/domain/billing-calendar";
import { resumePeriodIndex } from "@/lib/domain/billing-schedule";
import { db } from "@/lib/db";
import { calendarAgreementOf } from "@/lib/server/agreements/billing-plan";
import type { TServerContext } from "@/lib/server/context/server-context";
import { pauseDate } from "./pause-subscription";
import { querySummaryRows } from "./query-summary-rows";

/**
 * The next payment a pause until `until` would leave: what the confirm step shows before anything
 * changes. Charges due before that date are the ones the pause cancels; the scheduler's calendar
 * (nextCharge) gives the rest, with the paused periods skipped. Moving a running pause earlier
 * gives back periods the scheduler already skipped, by the rule pauseAgreement applies.
 */
export const previewPause = async (
  ctx: TServerContext,
  input: { agreementId: string; until: string },
): Promise<{ nextCharge: { date: string; amount: number } | null }> => {
  const today = ctx.now;
  // One read, scoped to the customer: someone else's agreement is simply not found.
  const [found] = await querySummaryRows(ctx, { agreementId: input.agreementId, limit: 1 });
  if (!found) throw new AppError("NOT_FOUND", "subscriptionNotFound");
  const until = pauseDate(ctx, input.until);
  const { row, open } = found;
  const { plan, ...calendar } = calendarAgreementOf(row);
  let nextPeriodIndex = row.nextPeriodIndex;
  if (plan && row.pausedUntil && until < row.pausedUntil) {
    const last = await db.charge.aggregate({
      where: { agreementId: row.id, periodIndex: { not: null } },
      _max: { periodIndex: true },
    });
    nextPeriodIndex = resumePeriodIndex(
      plan,
      { nextPeriodIndex, lastChargedIndex: last._max.periodIndex },
      until,
    );
  }
  const next = nextCharge(
    {
      ...calendar,
      plan,
      nextPeriodIndex,
      pausedUntil: until,
      status: row.status,
      planned: open.filter((c) => c.due !== null && c.due >= until),
    },
    today,
  );
  return { nextCharge: next ? { date: next.date.toISOString().slice(0, 10), amount: next.amount } : null };
};
