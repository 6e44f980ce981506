// How the dashboard writes numbers: money per currency in English ("NOK 1,034.83"), rates in percent.
import { formatMoney } from "@/lib/domain/money";

export const money = (minor: number, currency: string): string => formatMoney(minor, currency, "en-GB", 2);

export function moneyList(amounts: Record<string, number>): string {
  const entries = Object.entries(amounts).filter(([, v]) => v !== 0);
  return entries.length ? entries.map(([currency, amount]) => money(amount, currency)).join(" · ") : "none";
}

export function percent(rate: number | null): string {
  return rate === null ? "—" : `${(rate * 100).toFixed(1)}%`;
}

/** "2030-02-10" → "10 Feb" (or "Feb 2030" for months). */
export function bucketLabel(start: string, bucket: "day" | "week" | "month"): string {
  const date = new Date(`${start}T00:00:00Z`);
  return bucket === "month"
    ? date.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" })
    : date.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}
