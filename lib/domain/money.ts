// Money is an integer in minor units with a currency code. Parsing accepts what people type in
// Norway, Denmark and Finland ("149", "149,50", "1 490.00"); formatting follows the locale.
import type { Currency } from "@/lib/generated/prisma/enums";

export const CURRENCY_OF_MARKET = { NO: "NOK", DK: "DKK", FI: "EUR" } as const satisfies Record<
  string,
  Currency
>;

/** The largest amount an amount column (PostgreSQL integer) holds: 21 474 836,47. */
export const MAX_STORED_MINOR = 2_147_483_647;

/** "149,50" → 14950. Returns null for anything that is not a plain amount with at most two decimals. */
export function parseMoney(input: string): number | null {
  const cleaned = input
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(/(kr|nok|dkk|eur|€)\.?$/i, "");
  if (!/^\d+([.,]\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(/[.,]/);
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Whole amounts without decimals ("149 kr") unless `fractionDigits` asks for them. */
export function formatMoney(
  minor: number,
  currency: Currency | string,
  locale = "nb-NO",
  fractionDigits = minor % 100 === 0 ? 0 : 2,
): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    minimumFractionDigits: fractionDigits,
  }).format(minor / 100);
}

/** For inputs: 14950 → "149.50". */
export function toMajorString(minor: number): string {
  return (minor / 100).toFixed(2);
}
