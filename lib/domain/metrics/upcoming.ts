// Upcoming charges: what the scheduler will ask Vipps for in the coming days, projected with the
// scheduler's own calendar (upcomingCharges in lib/domain/billing-schedule.ts). The dashboard's SQL
// (lib/server/admin/dashboard/query-upcoming.ts) is checked against this in the metrics tests.
import { upcomingCharges } from "../billing-schedule";
import { addDays, toDateOnly, type TBillingPlan, type TPricing } from "../periods";
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
  const last = addDays(toDateOnly(today), days);
  return upcomingCharges({ ...agreement, now: toDateOnly(today) }, { until: last })
    .filter((charge) => charge.due <= last)
    .map(({ due, amount }) => ({ due, amount }));
}
