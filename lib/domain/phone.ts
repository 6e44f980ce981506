// Phone numbers as Vipps MobilePay wants them: an MSISDN, digits only with the country code and
// no "+" (FACTS §3). People type them in many ways; the market tells us which country code to add.
import type { Market } from "@/lib/generated/prisma/enums";

const COUNTRY_CODE: Record<Market, string> = { NO: "47", DK: "45", FI: "358" };
// National number lengths: Norway and Denmark 8 digits; Finland 6-10 (after the trunk 0).
const NATIONAL = { NO: /^\d{8}$/, DK: /^\d{8}$/, FI: /^[1-9]\d{5,9}$/ } as const satisfies Record<
  Market,
  RegExp
>;

/** "+47 412 34 567", "0047 41234567", "41234567" → "4741234567"; null when it is not a number of that market. */
export function normalizePhone(input: string, market: Market): string | null {
  let digits = input.trim().replace(/[\s\-().]/g, "");
  if (!/^\+?\d+$/.test(digits)) return null;
  const code = COUNTRY_CODE[market];
  if (digits.startsWith("+")) digits = digits.slice(1);
  else if (digits.startsWith("00")) digits = digits.slice(2);
  else if (!(digits.startsWith(code) && digits.length > code.length + 7))
    digits = code + digits.replace(/^0/, "");
  if (!digits.startsWith(code)) return null;
  const national = digits.slice(code.length).replace(/^0/, "");
  return NATIONAL[market].test(national) ? code + national : null;
}

/** "4741234567" → "+47 41 23 45 67" style grouping, for showing a stored number back. */
export function formatPhone(msisdn: string): string {
  const code = Object.values(COUNTRY_CODE).find((c) => msisdn.startsWith(c));
  if (!code) return msisdn;
  const rest = msisdn.slice(code.length);
  return `+${code} ${rest.replace(/(\d{2,3})(?=(\d{2})+$)/g, "$1 ").trim()}`;
}
