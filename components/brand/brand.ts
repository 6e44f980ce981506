// Vipps MobilePay branding per market (FACTS §11): Vipps in Norway, MobilePay in Denmark and Finland.
export type TBrand = "Vipps" | "MobilePay";

export function brandOf(market: string): TBrand {
  return market === "NO" ? "Vipps" : "MobilePay";
}
