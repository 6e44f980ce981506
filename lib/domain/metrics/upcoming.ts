// Upcoming charges on the dashboard: the charges already planned and not yet taken, plus each active
// agreement's next charges from the billing calendar (upcomingCharges) — the dates and amounts the
// scheduler will use — due from today through today + UPCOMING_DAYS, per day and currency.
import { upcomingCharges, type TCalendarAgreement } from "../billing-calendar";
import { addDays, toDateOnly } from "../periods";

export const UPCOMING_DAYS = 30;

export type TUpcomingRow = { day: string; currency: string; amount: number; count: number };

/**
 * Adds the calendar's charges of `agreements` (seen at `now`, due by today + days) to `planned`,
 * the charges already made per day and currency; rows in order of day, then currency.
 */
export function upcomingByDay(input: {
  agreements: (TCalendarAgreement & { currency: string })[];
  planned: TUpcomingRow[];
  now: Date;
  days: number;
}): TUpcomingRow[] {
  const last = addDays(toDateOnly(input.now), input.days);
  const rows = new Map<string, TUpcomingRow>();
  const add = (day: string, currency: string, amount: number, count: number) => {
    const key = `${day} ${currency}`;
    const row = rows.get(key) ?? { day, currency, amount: 0, count: 0 };
    row.amount += amount;
    row.count += count;
    rows.set(key, row);
  };
  for (const row of input.planned) add(row.day, row.currency, row.amount, row.count);
  for (const agreement of input.agreements)
    for (const charge of upcomingCharges(agreement, input.now, last))
      add(charge.due.toISOString().slice(0, 10), agreement.currency, charge.amount, 1);
  return [...rows.values()].sort((a, b) =>
    a.day === b.day ? a.currency.localeCompare(b.currency) : a.day.localeCompare(b.day),
  );
}
