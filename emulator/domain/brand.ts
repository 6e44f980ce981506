// MobilePay becomes Vipps in Denmark and Finland on 12 January 2027 (Vipps MobilePay's technical
// update of October 2026): the landing pages pay.mobilepay.dk and pay.mobilepay.fi are replaced by
// pay.vipps.dk and pay.vipps.fi. Endpoints, keys, webhooks and agreements stay as they are. The
// emulator follows its own clock; it keeps its own copy of the date because it never imports the app.
import type { Market } from "./types";

/** Midnight in Copenhagen on 12 January 2027 (Vipps names only the day). */
export const BRAND_CHANGE_AT = Date.parse("2027-01-11T23:00:00Z");

export type Brand = "Vipps" | "MobilePay";

export function brandAt(market: Market, at: number): Brand {
  return market === "NO" || at >= BRAND_CHANGE_AT ? "Vipps" : "MobilePay";
}

/** The production landing-page host the confirmation URL stands for; null in Norway (api.vipps.no). */
export function landingDomain(market: Market, at: number): string | null {
  if (market === "NO") return null;
  const tld = market === "DK" ? "dk" : "fi";
  return at >= BRAND_CHANGE_AT ? `pay.vipps.${tld}` : `pay.mobilepay.${tld}`;
}
