// The billing scheduler's rules, without a database: which periods of an agreement get a charge
// now (the billing calendar's, within the merchant's lead time), what Vipps shows for a charge, and
// when a charge that is not final is looked at again. Dates are calendar dates in UTC.
import type { ChargeStatus } from "@/lib/generated/prisma/enums";
import {
  MAX_PERIODS_PER_WALK,
  MIN_LEAD_DAYS,
  periodFate,
  periodIndexAt,
  periodStart,
  type TBillingPlan,
  type TCalendarAgreement,
  type TCalendarCharge,
  type TSkippedPeriod,
} from "./billing-calendar";
import { addDays, toDateOnly } from "./periods";

/** Vipps refuses a due date more than two years ahead; a year of lead time is plenty. */
export const MAX_LEAD_DAYS = 365;

export type TScheduleInput = TCalendarAgreement & {
  plan: TBillingPlan;
  /** Abo's now (lib/clock.ts). */
  now: Date;
  leadDays: number;
};

export type TSchedule = {
  charges: TCalendarCharge[];
  skipped: TSkippedPeriod[];
  nextPeriodIndex: number;
  /** Start of the next period to charge, or null when nothing more will be scheduled (stop, no price). */
  nextChargeDate: Date | null;
};

export function leadDaysOf(chargeLeadDays: number): number {
  return Math.min(MAX_LEAD_DAYS, Math.max(MIN_LEAD_DAYS, Math.trunc(chargeLeadDays)));
}

/**
 * Plans the periods that start within the lead time, in order from nextPeriodIndex, each by the
 * calendar's periodFate: exactly the calendar's upcomingCharges for those periods.
 */
export function scheduleCharges(input: TScheduleInput): TSchedule {
  const horizon = addDays(toDateOnly(input.now), leadDaysOf(input.leadDays));
  const charges: TCalendarCharge[] = [];
  const skipped: TSkippedPeriod[] = [];
  if (input.pricingType === "FLEXIBLE")
    return { charges, skipped, nextPeriodIndex: input.nextPeriodIndex, nextChargeDate: null };

  let k = input.nextPeriodIndex;
  for (let n = 0; n < MAX_PERIODS_PER_WALK; n++) {
    if (periodStart(input.plan, k) > horizon) break;
    const fate = periodFate(input, k, input.now);
    if (fate.kind === "end") return { charges, skipped, nextPeriodIndex: k, nextChargeDate: null };
    if (fate.kind === "skip") skipped.push(fate.skipped);
    else charges.push(fate.charge);
    k++;
  }
  return { charges, skipped, nextPeriodIndex: k, nextChargeDate: periodStart(input.plan, k) };
}

/**
 * Where the scheduler starts again when a change gives back periods it has already walked past (a
 * stop at period end undone, a pause shortened): the first period starting on or after `from`, but
 * never one that already has a charge (one period, one charge: its orderId is spent), and never
 * ahead of where the scheduler already is. periodFate then treats those periods as usual.
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
