// Upcoming charges: what the scheduler will ask Vipps for in the coming days. Charges already
// created count as they are; beyond them each active agreement's next periods are projected with
// the scheduler's own rules (lib/domain/billing-schedule.ts): one charge per period, due on its
// first day but never before tomorrow, none in a pause, for a period already over, or after a stop.
import { MIN_CHARGE_AMOUNT, periodAmount } from "../billing-schedule";
import { addDays, periodEnd, periodStart, toDateOnly, type TBillingPlan, type TPricing } from "../periods";
import type { PricingType } from "@/lib/generated/prisma/enums";

export const UPCOMING_DAYS = 30;

export type TProjectable = {
  plan: TBillingPlan;
  pricingType: PricingType;
  pricing: TPricing;
  suggestedMaxAmount: number | null;
  maxAmount: number | null;
  nextPeriodIndex: number;
  pausedUntil: Date | null;
  stopAt: Date | null;
};

/** The charges an agreement will get, due from today to today + days (both included). */
export function projectCharges(
  agreement: TProjectable,
  today: Date,
  days = UPCOMING_DAYS,
): { due: Date; amount: number }[] {
  if (agreement.pricingType === "FLEXIBLE") return [];
  const first = toDateOnly(today);
  const last = addDays(first, days);
  const tomorrow = addDays(first, 1);
  const charges: { due: Date; amount: number }[] = [];
  for (let k = agreement.nextPeriodIndex; k < agreement.nextPeriodIndex + 400; k++) {
    const start = periodStart(agreement.plan, k);
    if (start > last) break;
    if (agreement.stopAt && start >= agreement.stopAt) break;
    if (agreement.pausedUntil && start < toDateOnly(agreement.pausedUntil)) continue;
    if (periodEnd(agreement.plan, k) <= first) continue;
    const due = start < tomorrow ? tomorrow : start;
    const amount = periodAmount(agreement, k);
    if (amount !== null && amount >= MIN_CHARGE_AMOUNT && due <= last) charges.push({ due, amount });
  }
  return charges;
}
