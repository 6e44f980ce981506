// Date arithmetic on calendar dates in UTC: days, intervals and months that keep the day of month.
// Which periods an agreement has, and what they cost, is the billing calendar's (billing-calendar.ts).
import type { IntervalUnit } from "@/lib/generated/prisma/enums";

export type TInterval = { unit: IntervalUnit; count: number };

export function toDateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** A date as its calendar day in UTC, "2030-01-31"; no date gives null. */
export function isoDay(date: Date | string): string;
export function isoDay(date: Date | string | null | undefined): string | null;
export function isoDay(date: Date | string | null | undefined): string | null {
  return date ? new Date(date).toISOString().slice(0, 10) : null;
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

/** Monthly-normalised value of a price per interval (weeks ×52/12, years ÷12, days ×365/12). */
export function monthlyValue(amount: number, interval: TInterval): number {
  const perMonth = { DAY: 365 / 12, WEEK: 52 / 12, MONTH: 1, YEAR: 1 / 12 }[interval.unit];
  return Math.round((amount * perMonth) / interval.count);
}
