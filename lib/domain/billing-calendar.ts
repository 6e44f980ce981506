// The billing calendar: when each period of an agreement starts, the first due date Vipps accepts,
// what each period costs and which charges are coming. Pure; the moment is always passed in. The
// scheduler (billing-schedule.ts), the customer's next payment, the plan-change and pause previews,
// the support forms, the dashboard's upcoming charges and the renewal notice all read it, so the
// billing rule is changed here, once. Dates are calendar dates in UTC (periods.ts).
import type { CampaignType, PricingType } from "@/lib/generated/prisma/enums";
import { addDays, addInterval, toDateOnly, type TInterval } from "./periods";

/** Vipps refuses a due date less than one day ahead (FACTS §7.1). */
export const MIN_LEAD_DAYS = 1;
/** Vipps's floor for any charge amount, in minor units. */
export const MIN_CHARGE_AMOUNT = 100;
/** A safety net for one walk: daily agreements over a long window have many periods. */
export const MAX_PERIODS_PER_WALK = 400;

export type TBillingPlan = {
  anchor: Date;
  /** The period number at the anchor (0, or higher after a change of interval re-anchored billing). */
  anchorIndex?: number;
  interval: TInterval;
  /** A PERIOD_CAMPAIGN's own period: the first billing period lasts this long instead. */
  campaignPeriod?: TInterval | null;
};

export type TPricing = {
  amount: number | null;
  campaignType?: CampaignType | null;
  campaignPrice?: number | null;
  campaignEnd?: Date | null;
  campaignEventDate?: Date | null;
  /** A plan change ended the campaign: from this period on, the ordinary price (plan-change.ts). */
  campaignEndPeriod?: number | null;
};

/** An agreement as the calendar reads it (lib/server/agreements/billing-plan.ts builds it from a row). */
export type TCalendarAgreement = {
  /** Null without a fixed interval (pay per use): nothing is ever scheduled. */
  plan: TBillingPlan | null;
  pricingType: PricingType;
  pricing: TPricing;
  suggestedMaxAmount: number | null;
  maxAmount: number | null;
  /** The first period the scheduler has not walked yet; earlier ones have their charge or were skipped. */
  nextPeriodIndex: number;
  pausedUntil: Date | null;
  stopAt: Date | null;
};

export type TCalendarCharge = {
  periodIndex: number;
  periodStart: Date;
  periodEnd: Date;
  due: Date;
  amount: number;
};

// Period k starts at the anchor plus k intervals; a period campaign makes the first one as long as the campaign.
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

/** The index of the period that contains `date` (the anchor's period before the anchor). */
export function periodIndexAt(plan: TBillingPlan, date: Date): number {
  const day = toDateOnly(date);
  let k = plan.anchorIndex ?? 0;
  while (periodEnd(plan, k) <= day) k++;
  return k;
}

/**
 * The first due date Vipps accepts at `now`: tomorrow, as "a charge can be created until midnight
 * before its due date" (FACTS §7.1). Vipps counts days in its own time zone, which is ahead of UTC:
 * after 21:00 UTC it is already tomorrow in Finland (UTC+3 in summer), so then it is the day after.
 */
export function earliestDue(now: Date): Date {
  return addDays(toDateOnly(now), now.getUTCHours() >= 21 ? MIN_LEAD_DAYS + 1 : MIN_LEAD_DAYS);
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

/**
 * The price of period k: the campaign price while the campaign lasts, the normal price after. A
 * campaign kept through a change to a cheaper plan never costs more than that plan's price.
 */
export function priceForPeriod(pricing: TPricing, plan: TBillingPlan, k: number): number | null {
  if (pricing.amount === null) return null;
  const offer = campaignPriceForPeriod(pricing, plan, k);
  return offer === null ? pricing.amount : Math.min(offer, pricing.amount);
}

/**
 * The amount of period k. LEGACY: the price of that period (campaigns included). VARIABLE: the
 * variableAmount. FLEXIBLE pricing has no amount: such agreements are charged by hand, never by the
 * scheduler.
 */
export function periodAmount(
  agreement: Pick<TCalendarAgreement, "pricingType" | "pricing" | "suggestedMaxAmount" | "maxAmount"> & {
    plan: TBillingPlan;
  },
  k: number,
): number | null {
  if (agreement.pricingType === "FLEXIBLE") return null;
  if (agreement.pricingType === "LEGACY") return priceForPeriod(agreement.pricing, agreement.plan, k);
  return variableAmount(agreement);
}

/**
 * What a VARIABLE agreement is charged each period: its amount when one is set, else the ceiling the
 * user chose in the app (maxAmount), else the suggested maximum, never above the suggested maximum
 * (Vipps refuses more). Campaigns do not apply.
 */
export function variableAmount(
  agreement: Pick<TCalendarAgreement, "suggestedMaxAmount" | "maxAmount"> & {
    pricing: Pick<TPricing, "amount">;
  },
): number | null {
  const wanted = agreement.pricing.amount ?? agreement.maxAmount ?? agreement.suggestedMaxAmount;
  if (wanted === null) return null;
  return agreement.suggestedMaxAmount === null ? wanted : Math.min(wanted, agreement.suggestedMaxAmount);
}

export type TSkippedPeriod = { periodIndex: number; reason: "paused" | "ended" | "no-amount" };
export type TPeriodFate =
  { kind: "end" } | { kind: "skip"; skipped: TSkippedPeriod } | { kind: "charge"; charge: TCalendarCharge };

/**
 * What happens to period k, seen at `now` — the one rule every view of future charges shares:
 * - a period that starts at or after stopAt ends billing for good;
 * - a period that starts in a pause (before pausedUntil) is skipped without a charge;
 * - a period that ended before today (the worker was down for weeks) is skipped, not charged late;
 * - a period without a chargeable amount (FLEXIBLE, none set, under Vipps's floor) is skipped;
 * - any other period gets one charge, due on its first day but never before earliestDue(now).
 */
export function periodFate(
  agreement: TCalendarAgreement & { plan: TBillingPlan },
  k: number,
  now: Date,
): TPeriodFate {
  const { plan } = agreement;
  const start = periodStart(plan, k);
  if (agreement.stopAt && start >= agreement.stopAt) return { kind: "end" };
  const end = periodEnd(plan, k);
  if (agreement.pausedUntil && start < toDateOnly(agreement.pausedUntil))
    return { kind: "skip", skipped: { periodIndex: k, reason: "paused" } };
  if (end <= toDateOnly(now)) return { kind: "skip", skipped: { periodIndex: k, reason: "ended" } };
  const amount = periodAmount(agreement, k);
  if (amount === null || amount < MIN_CHARGE_AMOUNT)
    return { kind: "skip", skipped: { periodIndex: k, reason: "no-amount" } };
  const earliest = earliestDue(now);
  return {
    kind: "charge",
    charge: {
      periodIndex: k,
      periodStart: start,
      periodEnd: end,
      due: start < earliest ? earliest : start,
      amount,
    },
  };
}

/**
 * The charges the scheduler will make for the periods it has not planned yet (from nextPeriodIndex),
 * as seen at `from`, due on or before `to` (null: no end) and at most `count` of them — with due
 * dates and amounts exactly as scheduleCharges will plan them, whatever the merchant's lead time.
 * Charges already planned at Vipps are not in it (they keep their own dates: nextCharge).
 */
export function upcomingCharges(
  agreement: TCalendarAgreement,
  from: Date,
  to: Date | null,
  limit: { count?: number } = {},
): TCalendarCharge[] {
  const charges: TCalendarCharge[] = [];
  const { plan } = agreement;
  if (!plan || agreement.pricingType === "FLEXIBLE") return charges;
  const last = to && toDateOnly(to);
  const count = limit.count ?? MAX_PERIODS_PER_WALK;
  for (
    let k = agreement.nextPeriodIndex, n = 0;
    charges.length < count && n < MAX_PERIODS_PER_WALK;
    k++, n++
  ) {
    if (last && periodStart(plan, k) > last) break;
    const fate = periodFate({ ...agreement, plan }, k, from);
    if (fate.kind === "end") break;
    if (fate.kind === "charge" && (!last || fate.charge.due <= last)) charges.push(fate.charge);
  }
  return charges;
}

/** A charge already made and not settled yet, as loaded with the agreement. */
export type TOpenCharge = { due: Date | null; amount: number; status: string };
/** The statuses of a charge that is still to be taken (PROCESSING: Vipps is attempting it now). */
export const OPEN_CHARGE_STATUSES = ["PENDING", "DUE", "PROCESSING"] as const;

/** The charges already planned at Vipps that are still to be taken, earliest first. */
export function plannedCharges(charges: TOpenCharge[]): { due: Date; amount: number }[] {
  return charges
    .filter(
      (c): c is TOpenCharge & { due: Date } =>
        c.due !== null && (OPEN_CHARGE_STATUSES as readonly string[]).includes(c.status),
    )
    .sort((a, b) => a.due.getTime() - b.due.getTime())
    .map(({ due, amount }) => ({ due, amount }));
}

/**
 * What a customer is told about their next payment at `now`: the earliest charge already planned at
 * Vipps when there is one, otherwise the first upcoming charge of the calendar. None unless ACTIVE.
 */
export function nextCharge(
  agreement: TCalendarAgreement & { status: string; planned: TOpenCharge[] },
  now: Date,
): { date: Date; amount: number } | null {
  if (agreement.status !== "ACTIVE") return null;
  const [planned] = plannedCharges(agreement.planned);
  if (planned) return { date: planned.due, amount: planned.amount };
  const [first] = upcomingCharges(agreement, now, null, { count: 1 });
  return first ? { date: first.due, amount: first.amount } : null;
}
