// How the dashboard writes numbers in the staff member's language (`intl`, e.g. "en-GB": "NOK 1,034.83"):
// money per currency always with its øre or cents, rates in percent.
import { formatMoney } from "@/lib/domain/money";

export const money = (minor: number, currency: string, intl: string): string =>
  formatMoney(minor, currency, intl, 2);

export function percent(rate: number | null, intl: string): string {
  if (rate === null) return "—";
  return new Intl.NumberFormat(intl, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rate);
}

/** "2030-02-10" → "10 Feb" (or "Feb 2030" for months) in English; each language writes its own. */
export function bucketLabel(start: string, bucket: "day" | "week" | "month", intl: string): string {
  const date = new Date(`${start}T00:00:00Z`);
  return bucket === "month"
    ? date.toLocaleDateString(intl, { month: "short", year: "numeric", timeZone: "UTC" })
    : date.toLocaleDateString(intl, { day: "numeric", month: "short", timeZone: "UTC" });
}
