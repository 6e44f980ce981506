// What one subscription adds to MRR at a moment, row by row (the dashboard's drill-down lists it;
// the dashboard's SQL sums the same). Per currency, never converted: the monthly-normalised price
// it pays then — a campaign price while the campaign lasts, the ordinary price after; a VARIABLE
// price at the amount of its latest RECURRING charge Vipps took (reserved or captured) due on or
// before the moment, and before the first one at what it will be charged. Flexible prices and
// subscriptions without an interval have no recurring amount.
import { variableAmount } from "../billing-calendar";
import { addInterval } from "../periods";
import { SUCCEEDED_STATUSES } from "./payments";
import type {
  CampaignType,
  ChargeStatus,
  ChargeType,
  IntervalUnit,
  PricingType,
} from "@/lib/generated/prisma/enums";

const MONTHLY_NUMERATOR: Record<IntervalUnit, number> = { DAY: 365, WEEK: 52, MONTH: 12, YEAR: 1 };

/** A price per interval as a monthly amount in minor units, rounded half up (exact, as the SQL). */
export function monthlyAmount(amount: number, unit: IntervalUnit, count: number): number {
  return Math.round((amount * MONTHLY_NUMERATOR[unit]) / (12 * count));
}

export type TValuedAgreement = {
  pricingType: PricingType;
  amount: number | null;
  maxAmount: number | null;
  suggestedMaxAmount: number | null;
  intervalUnit: IntervalUnit | null;
  intervalCount: number | null;
  campaignType: CampaignType | null;
  campaignPrice: number | null;
  campaignEnd: Date | null;
  campaignEventDate: Date | null;
  campaignPeriodUnit: IntervalUnit | null;
  campaignPeriodCount: number | null;
  /** A full-flex campaign's own interval (kept on the product). */
  campaignIntervalUnit: IntervalUnit | null;
  campaignIntervalCount: number | null;
  activatedAt: Date | null;
};

export type TChargedAmount = { type: ChargeType; status: ChargeStatus; due: Date | null; amount: number };

/** The amount of the latest taken RECURRING charge due on or before `at` (by UTC day), or null. */
export function lastChargedAmount(charges: TChargedAmount[], at: Date): number | null {
  const day = at.toISOString().slice(0, 10);
  let latest: TChargedAmount | null = null;
  for (const charge of charges) {
    if (charge.type !== "RECURRING" || !charge.due) continue;
    if (!(SUCCEEDED_STATUSES as readonly string[]).includes(charge.status)) continue;
    if (charge.due.toISOString().slice(0, 10) > day) continue;
    if (!latest || charge.due > latest.due!) latest = charge;
  }
  return latest?.amount ?? null;
}

/** When a LEGACY agreement's campaign stops applying, or null without one. */
function campaignUntil(a: TValuedAgreement): Date | null {
  if (a.pricingType !== "LEGACY" || !a.campaignType || a.campaignPrice === null || !a.activatedAt)
    return null;
  switch (a.campaignType) {
    case "PRICE_CAMPAIGN":
    case "FULL_FLEX_CAMPAIGN":
      return a.campaignEnd;
    case "EVENT_CAMPAIGN":
      return a.campaignEventDate;
    case "PERIOD_CAMPAIGN":
      return a.campaignPeriodUnit && a.campaignPeriodCount
        ? addInterval(a.activatedAt, { unit: a.campaignPeriodUnit, count: a.campaignPeriodCount })
        : null;
  }
}

/**
 * The monthly value of an agreement that is active at `at`, given its last charged amount
 * (lastChargedAmount; only VARIABLE prices use it). 0 for flexible prices and without an interval.
 */
export function monthlyValueAt(a: TValuedAgreement, at: Date, lastCharged: number | null): number {
  if (a.pricingType === "FLEXIBLE" || !a.intervalUnit || !a.intervalCount) return 0;
  const until = campaignUntil(a);
  if (until && at < until) {
    const flex = a.campaignType === "FULL_FLEX_CAMPAIGN" && a.campaignIntervalUnit && a.campaignIntervalCount;
    return flex
      ? monthlyAmount(a.campaignPrice!, a.campaignIntervalUnit!, a.campaignIntervalCount!)
      : monthlyAmount(a.campaignPrice!, a.intervalUnit, a.intervalCount);
  }
  if (a.pricingType === "LEGACY")
    return a.amount === null ? 0 : monthlyAmount(a.amount, a.intervalUnit, a.intervalCount);
  // VARIABLE: what was last charged, else what the billing calendar will charge.
  const billed = lastCharged ?? variableAmount({ ...a, pricing: a });
  return billed === null ? 0 : monthlyAmount(billed, a.intervalUnit, a.intervalCount);
}
