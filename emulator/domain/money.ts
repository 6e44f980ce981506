import type { Currency, Market } from "./types";

/** `suggestedMaxAmount` ceilings per currency, in minor units [SDK24, AT26]. */
export const SUGGESTED_MAX_CAP: Record<Currency, number> = { NOK: 2_000_000, DKK: 30_000_000, EUR: 200_000 };

/** The Recurring validation floor for every amount [S23]. */
export const MIN_AMOUNT = 100;

/** The largest amount we accept: the spec types amounts as int32. */
export const MAX_AMOUNT = 2_147_483_647;

export const MARKET_CURRENCY: Record<Market, Currency> = { NO: "NOK", DK: "DKK", FI: "EUR" };

export function formatAmount(minor: number, currency: Currency): string {
  const major = Math.floor(minor / 100);
  const cents = String(minor % 100).padStart(2, "0");
  const grouped = String(major).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  if (currency === "EUR") return `${grouped},${cents} €`;
  return `${grouped},${cents} kr`;
}
