// Billing periods. Period k of an agreement starts at its anchor plus k intervals; a period
// campaign makes the first period as long as the campaign. Dates are calendar dates in UTC.
import type { CampaignType, IntervalUnit } from "@/lib/generated/prisma/enums";

export type TInterval = { unit: IntervalUnit; count: number };

export type TBillingPlan = {
  anchor: Date;
  /** The period number at the anchor (0, or higher after a change of interval re-anchored billing). */
  anchorIndex?: number;
  interval: TInterval;
  /** A PERIOD_CAMPAIGN's own period: the first billing period lasts this long instead. */
  campaignPeriod?: TInterval | null;
};

export function toDateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next;
}

/** Adds an interval; month arithmetic keeps the day of month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addInterval(date: Date, interval: TInterval, times = 1): Date {
  const n = interval.count * times;
  switch (interval.unit) {
    case "DAY":
      return addDays(date, n);
    case "WEEK":
      return addDays(date, 7 * n);
    case "MONTH":
      return addMonths(date, n);
    case "YEAR":
      return addMonths(date, 12 * n);
  }
}

function addMonths(date: Date, months: number): Date {
  const day = date.getUTCDate();
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

export function periodStart(plan: TBillingPlan, k: number): Date {
  const anchor = toDateOnly(plan.anchor);
  const j = k - (plan.anchorIndex ?? 0);
  if (j < 0) throw new RangeError(`Period ${k} is before this plan's anchor`);
  if (j === 0) return anchor;
  if (plan.campaignPeriod && !plan.anchorIndex)
    return addInterval(addInterval(anchor, plan.campaignPeriod), plan.interval, j - 1);
  return addInterval(anchor, plan.interval, j);
}

export function periodEnd(plan: TBillingPlan, k: number): Date {
  return periodStart(plan, k + 1);
}

/** The index of the period that contains `date` (0 before the anchor). */
export function periodIndexAt(plan: TBillingPlan, date: Date): number {
  const day = toDateOnly(date);
  let k = plan.anchorIndex ?? 0;
  while (periodEnd(plan, k) <= day) k++;
  return k;
}

export type TPricing = {
  amount: number | null;
  campaignType?: CampaignType | null;
  campaignPrice?: number | null;
  campaignEnd?: Date | null;
  campaignEventDate?: Date | null;
  /** A plan change ended the campaign: from this period on, the ordinary price (plan-change.ts). */
  campaignEndPeriod?: number | null;
};

/**
 * The price of period k: the campaign price while the campaign lasts, the normal price after. A
 * campaign kept through a change to a cheaper plan never costs more than that plan's price.
 */
export function priceForPeriod(pricing: TPricing, plan: TBillingPlan, k: number): number | null {
  if (pricing.amount === null) return null;
  const offer = campaignPriceForPeriod(pricing, plan, k);
  return offer === null ? pricing.amount : Math.min(offer, pricing.amount);
}

/** The campaign price if period k is inside the campaign, else null. */
export function campaignPriceForPeriod(pricing: TPricing, plan: TBillingPlan, k: number): number | null {
  const campaignPrice = pricing.campaignPrice ?? null;
  if (campaignPrice === null) return null;
  if (pricing.campaignEndPeriod != null && k >= pricing.campaignEndPeriod) return null;
  const start = periodStart(plan, k);
  switch (pricing.campaignType) {
    case "PRICE_CAMPAIGN":
    case "FULL_FLEX_CAMPAIGN":
      return pricing.campaignEnd && start < pricing.campaignEnd ? campaignPrice : null;
    case "EVENT_CAMPAIGN":
      return pricing.campaignEventDate && start < pricing.campaignEventDate ? campaignPrice : null;
    case "PERIOD_CAMPAIGN":
      return k === 0 ? campaignPrice : null;
    default:
      return null;
  }
}

/** Monthly-normalised value of a price per interval (weeks ×52/12, years ÷12, days ×365/12). */
export function monthlyValue(amount: number, interval: TInterval): number {
  const perMonth = { DAY: 365 / 12, WEEK: 52 / 12, MONTH: 1, YEAR: 1 / 12 }[interval.unit];
  return Math.round((amount * perMonth) / interval.count);
}
