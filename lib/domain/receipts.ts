// Receipts and credit notes: VAT arithmetic, which charges get one, and organisation numbers. Pure.
import type { ChargeStatus, Market } from "@/lib/generated/prisma/enums";

/** Standard VAT rates in hundredths of a percent (NO 25 %, DK 25 %, FI 25.5 % since 1 Sept 2024). */
export const STANDARD_VAT_RATE: Record<Market, number> = { NO: 2500, DK: 2500, FI: 2550 };

/** The highest rate the product editor takes; every standard or reduced rate of the three markets is below. */
export const MAX_VAT_RATE = 3000;

/**
 * A charge gets its receipt once its capture is complete: CHARGED, or refunded after that. A partly
 * captured reservation waits, since its amount may still grow.
 */
export const RECEIPT_STATUSES: readonly ChargeStatus[] = ["CHARGED", "PARTIALLY_REFUNDED", "REFUNDED"];

export const issuesReceipt = (status: ChargeStatus, capturedAmount: number): boolean =>
  RECEIPT_STATUSES.includes(status) && capturedAmount > 0;

/** The VAT contained in an amount that includes it, rounded to the nearest øre/cent. */
export function vatIncluded(gross: number, rate: number): number {
  return Math.round((gross * rate) / (10_000 + rate));
}

/** "25" or "25.5" or "25,5" → 2500 / 2550; null when it is not a rate from 0 to 30 % with at most 2 decimals. */
export function parseVatRate(raw: string): number | null {
  const text = raw.trim().replace(/\s*%$/, "").replace(",", ".");
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(text)) return null;
  const rate = Math.round(Number(text) * 100);
  return rate <= MAX_VAT_RATE ? rate : null;
}

/** 2550 → "25.5" (the form's text and the receipt's number, before the locale's decimal sign). */
export const vatRateText = (rate: number): string => String(rate / 100);

const digits = (raw: string) => raw.replace(/[\s.-]/g, "");

function weighted(value: string, weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(value[i]), 0);
}

/**
 * An organisation number in its stored form, or null when it is not valid for the country:
 * NO organisasjonsnummer (9 digits, modulus 11), DK CVR-nummer (8 digits), FI Y-tunnus
 * (7 digits, dash, check digit by modulus 11).
 */
export function normalizeOrgNumber(country: Market, raw: string): string | null {
  const value = digits(
    raw
      .trim()
      .replace(/^(NO|DK|FI)/i, "")
      .replace(/MVA$/i, ""),
  );
  if (country === "NO") {
    if (!/^\d{9}$/.test(value)) return null;
    const rest = weighted(value, [3, 2, 7, 6, 5, 4, 3, 2]) % 11;
    const check = rest === 0 ? 0 : 11 - rest;
    return check !== 10 && check === Number(value[8]) ? value : null;
  }
  if (country === "DK") return /^[1-9]\d{7}$/.test(value) ? value : null;
  if (!/^\d{8}$/.test(value)) return null;
  const rest = weighted(value, [7, 9, 10, 5, 8, 4, 2]) % 11;
  if (rest === 1) return null;
  const check = rest === 0 ? 0 : 11 - rest;
  return check === Number(value[7]) ? `${value.slice(0, 7)}-${value[7]}` : null;
}

/** The VAT identifier printed after or beside the organisation number. */
export function vatIdOf(country: Market, orgNumber: string): string {
  if (country === "NO") return `${orgNumber} MVA`;
  return `${country}${digits(orgNumber)}`;
}

/** The seller as printed on a document, frozen when it is issued. */
export type TSeller = {
  /** The legal name (or the shop's name while none is set). */
  name: string;
  /** The shop's name customers know, when it differs from the legal name. */
  tradingName: string | null;
  address: string | null;
  country: Market | null;
  orgNumber: string | null;
  vatRegistered: boolean;
};

export function sellerOf(merchant: {
  name: string;
  legalName: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  companyCountry: Market | null;
  orgNumber: string | null;
  vatRegistered: boolean;
}): TSeller {
  const name = merchant.legalName ?? merchant.name;
  const place = [merchant.postalCode, merchant.city].filter(Boolean).join(" ");
  const address = [merchant.addressLine, place].filter(Boolean).join(", ");
  return {
    name,
    tradingName: merchant.legalName && merchant.legalName !== merchant.name ? merchant.name : null,
    address: address || null,
    country: merchant.companyCountry,
    orgNumber: merchant.orgNumber,
    vatRegistered: merchant.vatRegistered,
  };
}
