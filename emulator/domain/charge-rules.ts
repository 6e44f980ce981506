import { addPeriod, dayNumber, parseIsoDate, periodIndex, DAY_MS } from "./time";
import type { Agreement, Charge } from "./types";

export type Violation = { status: number; problem: string; detail: string; field?: string };

/** LEGACY agreements may be charged at most this many times the price per interval period (FACTS §7.3). */
export const LEGACY_PERIOD_MULTIPLIER = 5;
/** Charges become visible in the app (DUE) when the due date is less than ~30 days away. */
export const DUE_VISIBLE_DAYS = 30;

/**
 * FACTS §7.1: due must be at least `leadDays` after today (1 since late 2025, 2 in the legacy mode)
 * and at most two years ahead.
 */
export function dueViolation(due: string, now: number, leadDays: number): Violation | null {
  const dueMs = parseIsoDate(due);
  if (dueMs === null)
    return { status: 400, problem: "validation-error", detail: "Invalid due date", field: "due" };
  const today = dayNumber(now);
  if (dayNumber(dueMs) < today + leadDays)
    return {
      status: 400,
      problem: "charge-due-too-soon",
      detail: `Due date must be at least ${leadDays} day${leadDays === 1 ? "" : "s"} in the future`,
      field: "due",
    };
  const latest = addPeriod(today * DAY_MS, { unit: "YEAR", count: 2 });
  if (dueMs > latest)
    return {
      status: 400,
      problem: "charge-due-in-too-long",
      detail: "Due date can not be more than 2 years in the future",
      field: "due",
    };
  return null;
}

const COUNTS_TOWARDS_CAP = (c: Charge) =>
  c.type !== "INITIAL" && c.status !== "FAILED" && c.status !== "CANCELLED";

/** The ceiling for a new charge: LEGACY 5× price per period, VARIABLE max(suggested, user's max), FLEXIBLE none. */
export function ceilingViolation(
  agreement: Agreement,
  existing: readonly Charge[],
  amount: number,
  dueMs: number,
): Violation | null {
  const { pricing } = agreement;
  if (pricing.type === "VARIABLE") {
    const ceiling = Math.max(pricing.suggestedMaxAmount ?? 0, pricing.maxAmount ?? 0);
    if (amount > ceiling)
      return {
        status: 400,
        problem: "charge-amount-too-high",
        detail: `Amount is higher than the agreement's max amount (${ceiling})`,
        field: "amount",
      };
    return null;
  }
  if (pricing.type !== "LEGACY" || !agreement.interval) return null;
  const anchor = agreement.start ?? agreement.created;
  const index = periodIndex(anchor, dueMs, agreement.interval);
  let sum = amount;
  for (const c of existing) {
    if (!COUNTS_TOWARDS_CAP(c)) continue;
    const cDue = parseIsoDate(c.due) ?? c.created;
    if (periodIndex(anchor, cDue, agreement.interval) === index) sum += c.amount;
  }
  const ceiling = LEGACY_PERIOD_MULTIPLIER * (pricing.amount ?? 0);
  if (sum > ceiling)
    return {
      status: 400,
      problem: "charge-amount-too-high",
      detail: `The sum of charges in one interval period (${sum}) would exceed ${LEGACY_PERIOD_MULTIPLIER} times the agreement price (${ceiling})`,
      field: "amount",
    };
  return null;
}
