// The billing scheduler's rules, without a database: which periods of an agreement get a charge
// now, for how much and when it falls due, and when a charge that is not final is looked at again.
// Dates are calendar dates in UTC, like lib/domain/periods.ts.
import type { ChargeStatus, PricingType } from "@/lib/generated/prisma/enums";
import {
  addDays,
  periodEnd,
  periodIndexAt,
  periodStart,
  priceForPeriod,
  toDateOnly,
  type TBillingPlan,
  type TPricing,
} from "./periods";

/** Vipps refuses a due date less than one day ahead (FACTS §7.1) or more than two years ahead. */
export const MIN_LEAD_DAYS = 1;
export const MAX_LEAD_DAYS = 365;
/** Vipps's floor for any charge amount, in minor units. */
export const MIN_CHARGE_AMOUNT = 100;
// A safety net for one call: daily agreements with a long lead time plan many periods at once.
const MAX_PERIODS_PER_CALL = 400;

export type TScheduleInput = {
  plan: TBillingPlan;
  pricingType: PricingType;
  pricing: TPricing;
  suggestedMaxAmount: number | null;
  maxAmount: number | null;
  nextPeriodIndex: number;
  pausedUntil: Date | null;
  stopAt: Date | null;
  /** Abo's now (lib/clock.ts). */
  now: Date;
  leadDays: number;
};

export type TPlannedPeriod = {
  periodIndex: number;
  periodStart: Date;
  periodEnd: Date;
  due: Date;
  amount: number;
};
export type TSkippedPeriod = { periodIndex: number; reason: "paused" | "ended" | "no-amount" };

export type TSchedule = {
  charges: TPlannedPeriod[];
  skipped: TSkippedPeriod[];
  nextPeriodIndex: number;
  /** Start of the next period to charge, or null when nothing more will be scheduled (stop, no price). */
  nextChargeDate: Date | null;
};

/**
 * The first due date Vipps accepts: tomorrow, as "a charge can be created until midnight before
 * its due date" (FACTS §7.1). Vipps counts days in its own time zone, which is ahead of UTC: after
 * 21:00 UTC it is already tomorrow in Finland (UTC+3 in summer), so then it is the day after.
 */
export function earliestDue(now: Date): Date {
  return addDays(toDateOnly(now), now.getUTCHours() >= 21 ? MIN_LEAD_DAYS + 1 : MIN_LEAD_DAYS);
}

export function leadDaysOf(chargeLeadDays: number): number {
  return Math.min(MAX_LEAD_DAYS, Math.max(MIN_LEAD_DAYS, Math.trunc(chargeLeadDays)));
}

/**
 * The amount of one period. LEGACY: the price of that period (campaigns included). VARIABLE: the
 * agreement's amount when the merchant set one, else the ceiling the user chose in the app
 * (maxAmount), else the suggested maximum, never above the suggested maximum (Vipps refuses more).
 * FLEXIBLE pricing has no amount: such agreements are charged by hand, never by the scheduler.
 */
export function periodAmount(
  input: Pick<TScheduleInput, "plan" | "pricingType" | "pricing" | "suggestedMaxAmount" | "maxAmount">,
  k: number,
): number | null {
  if (input.pricingType === "FLEXIBLE") return null;
  if (input.pricingType === "LEGACY") return priceForPeriod(input.pricing, input.plan, k);
  const wanted = input.pricing.amount ?? input.maxAmount ?? input.suggestedMaxAmount;
  if (wanted === null) return null;
  return input.suggestedMaxAmount === null ? wanted : Math.min(wanted, input.suggestedMaxAmount);
}

type TPeriodDecision =
  { kind: "end" } | { kind: "skip"; skipped: TSkippedPeriod } | { kind: "charge"; charge: TPlannedPeriod };

/**
 * What happens to period k — the one rule every view of future charges shares:
 * - a period that starts at or after stopAt ends billing for good;
 * - a period that starts in a pause (before pausedUntil) is skipped without a charge;
 * - a period that ended before today (the worker was down for weeks) is skipped, not charged late;
 * - a period without a chargeable amount (FLEXIBLE, none set, under Vipps's floor) is skipped;
 * - any other period gets one charge, due on its first day but never before earliestDue(now).
 */
function decidePeriod(input: Omit<TScheduleInput, "leadDays">, k: number): TPeriodDecision {
  const start = periodStart(input.plan, k);
  if (input.stopAt && start >= input.stopAt) return { kind: "end" };
  const end = periodEnd(input.plan, k);
  const amount = periodAmount(input, k);
  if (input.pausedUntil && start < toDateOnly(input.pausedUntil))
    return { kind: "skip", skipped: { periodIndex: k, reason: "paused" } };
  if (end <= toDateOnly(input.now)) return { kind: "skip", skipped: { periodIndex: k, reason: "ended" } };
  if (amount === null || amount < MIN_CHARGE_AMOUNT)
    return { kind: "skip", skipped: { periodIndex: k, reason: "no-amount" } };
  const tomorrow = earliestDue(input.now);
  return {
    kind: "charge",
    charge: {
      periodIndex: k,
      periodStart: start,
      periodEnd: end,
      due: start < tomorrow ? tomorrow : start,
      amount,
    },
  };
}

/** Plans the periods that start within the lead time, in order from nextPeriodIndex (decidePeriod). */
export function scheduleCharges(input: TScheduleInput): TSchedule {
  const horizon = addDays(toDateOnly(input.now), leadDaysOf(input.leadDays));
  const charges: TPlannedPeriod[] = [];
  const skipped: TSkippedPeriod[] = [];
  if (input.pricingType === "FLEXIBLE")
    return { charges, skipped, nextPeriodIndex: input.nextPeriodIndex, nextChargeDate: null };

  let k = input.nextPeriodIndex;
  for (let n = 0; n < MAX_PERIODS_PER_CALL; n++) {
    if (periodStart(input.plan, k) > horizon) break;
    const decision = decidePeriod(input, k);
    if (decision.kind === "end") return { charges, skipped, nextPeriodIndex: k, nextChargeDate: null };
    if (decision.kind === "skip") skipped.push(decision.skipped);
    else charges.push(decision.charge);
    k++;
  }
  return { charges, skipped, nextPeriodIndex: k, nextChargeDate: periodStart(input.plan, k) };
}

/**
 * The charges the scheduler will make from nextPeriodIndex on — at most `count`, for periods
 * starting no later than `until` — with due dates and amounts exactly as scheduleCharges will plan
 * them (whatever the lead time): the customer's "next payment", previews of a change, the dashboard's
 * projection and the emails that announce a charge all read this.
 */
export function upcomingCharges(
  input: Omit<TScheduleInput, "leadDays">,
  limit: { count?: number; until?: Date },
): TPlannedPeriod[] {
  const charges: TPlannedPeriod[] = [];
  if (input.pricingType === "FLEXIBLE") return charges;
  const count = limit.count ?? MAX_PERIODS_PER_CALL;
  for (let k = input.nextPeriodIndex, n = 0; charges.length < count && n < MAX_PERIODS_PER_CALL; k++, n++) {
    if (limit.until && periodStart(input.plan, k) > limit.until) break;
    const decision = decidePeriod(input, k);
    if (decision.kind === "end") break;
    if (decision.kind === "charge") charges.push(decision.charge);
  }
  return charges;
}

/**
 * Where the scheduler starts again when a change gives back periods it has already walked past (a
 * stop at period end undone, a pause shortened): the first period starting on or after `from`, but
 * never one that already has a charge (one period, one charge: its orderId is spent), and never
 * ahead of where the scheduler already is. decidePeriod then treats those periods as usual.
 */
export function resumePeriodIndex(
  plan: TBillingPlan,
  at: { nextPeriodIndex: number; lastChargedIndex: number | null },
  from: Date,
): number {
  let k = periodIndexAt(plan, from);
  if (periodStart(plan, k) < toDateOnly(from)) k++;
  if (at.lastChargedIndex !== null) k = Math.max(k, at.lastChargedIndex + 1);
  return Math.min(k, at.nextPeriodIndex);
}

/** What Vipps shows under the product name (1–45 characters): the period when it fits. */
export function chargeDescription(productName: string, start: Date, end: Date): string {
  const day = (d: Date) =>
    `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${String(d.getUTCFullYear()).slice(2)}`;
  const withPeriod = `${productName} ${day(start)}-${day(addDays(end, -1))}`;
  return (withPeriod.length <= 45 ? withPeriod : productName.slice(0, 45)).trim() || "Subscription";
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FINAL: readonly ChargeStatus[] = ["CHARGED", "FAILED", "CANCELLED", "REFUNDED", "PARTIALLY_REFUNDED"];

export type TPollable = {
  status: ChargeStatus;
  due: Date | null;
  retryDays: number | null;
  createdAt: Date;
  captureDeadline: Date | null;
};

/**
 * When to read a charge from Vipps again, or null once it is final (refunds made elsewhere are
 * found by reconciliation). Vipps attempts due charges from 07:00 UTC on the due date and retries
 * daily for retryDays (FACTS §6.3), so the first look is at 09:00 UTC on the due date, then every
 * 8 hours through the retry window, then daily, then weekly: a non-final charge is never forgotten.
 * Reservations are looked at once their capture deadline has passed (Vipps releases them then).
 */
export function nextChargePollAt(charge: TPollable, now: Date): Date | null {
  if (FINAL.includes(charge.status)) return null;
  const at = now.getTime();
  if (charge.status === "RESERVED" || charge.status === "PARTIALLY_CAPTURED") {
    if (!charge.captureDeadline) return null;
    const first = charge.captureDeadline.getTime() + HOUR;
    return new Date(at < first ? first : at + (at < first + 3 * DAY ? DAY : 7 * DAY));
  }
  if (!charge.due) {
    // Unscheduled: processed right after creation.
    const first = charge.createdAt.getTime() + 2 * 60_000;
    return new Date(at < first ? first : at + (at < first + DAY ? HOUR : 7 * DAY));
  }
  const first = toDateOnly(charge.due).getTime() + 9 * HOUR;
  if (at < first) return new Date(first);
  const retriesOver = first + ((charge.retryDays ?? 0) + 1) * DAY;
  if (at < retriesOver) return new Date(at + 8 * HOUR);
  if (at < retriesOver + 14 * DAY) return new Date(at + DAY);
  return new Date(at + 7 * DAY);
}
