// Vipps MobilePay branding per market (FACTS §11): Vipps in Norway; MobilePay in Denmark and Finland
// until MobilePay becomes Vipps there on 12 January 2027 (Vipps MobilePay's "brand change" page and
// technical update of October 2026). Only the name and logo change; the app, its blue colour,
// endpoints, keys, webhooks and agreements stay as they are.
export type TBrand = "Vipps" | "MobilePay";
type TMarket = "NO" | "DK" | "FI";

/**
 * The moment of the change. Vipps names only the day, 12 January 2027, so Abo switches at midnight
 * in Copenhagen (CET, UTC+1): 23:00 UTC on 11 January. Helsinki (UTC+2) sees it at 01:00 that night.
 */
export const BRAND_CHANGE_AT = new Date("2027-01-11T23:00:00Z");

/** The brand customers of a market see at a given moment; pass Abo's clock (`now()`), never `new Date()`. */
export function brandOf(market: string, at: Date): TBrand {
  if (market === "NO") return "Vipps";
  return at.getTime() < BRAND_CHANGE_AT.getTime() ? "MobilePay" : "Vipps";
}

/** The brand of every market at once, for client components that switch market themselves. */
export function brandsAt(at: Date): Record<TMarket, TBrand> {
  return { NO: brandOf("NO", at), DK: brandOf("DK", at), FI: brandOf("FI", at) };
}
