// What a customer is told about their next payment: the charge already planned at Vipps when
// there is one, otherwise the next billing period's date and price, skipping a pause and ending
// at a scheduled stop. Display only; the billing scheduler decides what is actually charged.
import { periodStart, priceForPeriod, type TBillingPlan, type TPricing } from "./periods";

export type TUpcomingCharge = { due: Date | null; amount: number; status: string };

export type TNextChargeInput = {
  status: string;
  plan: TBillingPlan | null;
  nextPeriodIndex: number;
  pausedUntil: Date | null;
  stopAt: Date | null;
  pricing: TPricing;
  /** Charges not yet settled (PENDING, DUE, PROCESSING), any order. */
  upcoming: TUpcomingCharge[];
};

export type TNextCharge = { date: Date; amount: number | null };

const MAX_SKIPPED_PERIODS = 400;

export function nextCharge(input: TNextChargeInput): TNextCharge | null {
  if (input.status !== "ACTIVE") return null;
  const planned = input.upcoming
    .filter(
      (c): c is TUpcomingCharge & { due: Date } =>
        c.due !== null && ["PENDING", "DUE", "PROCESSING"].includes(c.status),
    )
    .sort((a, b) => a.due.getTime() - b.due.getTime())[0];
  if (planned) return { date: planned.due, amount: planned.amount };
  if (!input.plan) return null;
  let k = input.nextPeriodIndex;
  while (
    input.pausedUntil &&
    periodStart(input.plan, k) < input.pausedUntil &&
    k - input.nextPeriodIndex < MAX_SKIPPED_PERIODS
  )
    k++;
  const date = periodStart(input.plan, k);
  if (input.stopAt && date >= input.stopAt) return null;
  return { date, amount: priceForPeriod(input.pricing, input.plan, k) };
}
