// The product form's values: an empty form, a stored product turned back into form text, and the
// page address (slug) made from a name. Pure, shared by the form and the server.
import type { Market } from "@/lib/generated/prisma/enums";
import { toMajorString } from "./money";
import { STANDARD_VAT_RATE, vatRateText } from "./receipts";
import {
  LIMITS,
  MARKETS,
  type TMarketPriceForm,
  type TProductForm,
  type TProductPriceValues,
  type TProductValues,
} from "./product-rules";
import { emptyStopOffer } from "./stop-offer-rules";
import { emptyProductTexts, productTextsToForm, type TProductTextRow } from "./product-text";
import { isoDay } from "./periods";

/** "Morgenkaffe Ekstra!" → "morgenkaffe-ekstra" (Norwegian and Danish letters spelled out). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, LIMITS.slug)
    .replace(/-+$/g, "");
}

const emptyPrice = (market: Market, enabled: boolean): TMarketPriceForm => ({
  enabled,
  amount: "",
  suggestedMaxAmount: "",
  campaignPrice: "",
  initialChargeAmount: "",
  vatRate: vatRateText(STANDARD_VAT_RATE[market]),
});

/** An empty form: one market, monthly, fixed price. */
export function emptyProductForm(market: Market = "NO"): TProductForm {
  return {
    name: "",
    description: "",
    slug: "",
    pricingType: "LEGACY",
    intervalUnit: "MONTH",
    intervalCount: "1",
    transactionType: "DIRECT_CAPTURE",
    retryDays: "3",
    processingMode: "MULTIPLE_ATTEMPTS",
    prices: {
      NO: emptyPrice("NO", market === "NO"),
      DK: emptyPrice("DK", market === "DK"),
      FI: emptyPrice("FI", market === "FI"),
    },
    campaignType: "",
    campaignEnd: "",
    campaignPeriodUnit: "",
    campaignPeriodCount: "",
    campaignEventDate: "",
    campaignEventText: "",
    campaignIntervalUnit: "",
    campaignIntervalCount: "",
    initialCharge: false,
    initialChargeDescription: "",
    initialChargeTransactionType: "DIRECT_CAPTURE",
    scope: [],
    planGroup: "",
    planChangeCampaign: "KEEP",
    texts: emptyProductTexts(),
    ...emptyStopOffer(),
  };
}

/** A product as stored: the checked values, with the price rows as they come from the database. */
export type TStoredProduct = Omit<TProductValues, "prices" | "texts"> & {
  texts?: TProductTextRow[] | null;
  prices: (Pick<
    TProductPriceValues,
    "market" | "amount" | "suggestedMaxAmount" | "campaignPrice" | "initialChargeAmount"
  > & { vatRate?: number | null })[];
};

const money = (minor: number | null) => (minor === null ? "" : toMajorString(minor));
const count = (value: number | null) => (value === null ? "" : String(value));

/** A stored product as form text, for editing. */
export function productToForm(product: TStoredProduct): TProductForm {
  const prices = Object.fromEntries(
    MARKETS.map((market) => {
      const price = product.prices.find((p) => p.market === market);
      if (!price) return [market, emptyPrice(market, false)];
      return [
        market,
        {
          enabled: true,
          amount: money(price.amount),
          suggestedMaxAmount: money(price.suggestedMaxAmount),
          campaignPrice: money(price.campaignPrice),
          initialChargeAmount: money(price.initialChargeAmount),
          vatRate: vatRateText(price.vatRate ?? STANDARD_VAT_RATE[market]),
        },
      ];
    }),
  ) as Record<Market, TMarketPriceForm>;
  return {
    name: product.name,
    description: product.description ?? "",
    slug: product.slug,
    pricingType: product.pricingType,
    intervalUnit: product.intervalUnit ?? "",
    intervalCount: count(product.intervalCount),
    transactionType: product.transactionType,
    retryDays: String(product.retryDays),
    processingMode: product.processingMode,
    prices,
    campaignType: product.campaignType ?? "",
    campaignEnd: isoDay(product.campaignEnd) ?? "",
    campaignPeriodUnit: product.campaignPeriodUnit ?? "",
    campaignPeriodCount: count(product.campaignPeriodCount),
    campaignEventDate: isoDay(product.campaignEventDate) ?? "",
    campaignEventText: product.campaignEventText ?? "",
    campaignIntervalUnit: product.campaignIntervalUnit ?? "",
    campaignIntervalCount: count(product.campaignIntervalCount),
    initialCharge: Boolean(product.initialChargeDescription),
    initialChargeDescription: product.initialChargeDescription ?? "",
    initialChargeTransactionType: product.initialChargeTransactionType ?? product.transactionType,
    scope: product.scope ? product.scope.split(" ").filter(Boolean) : [],
    planGroup: product.planGroup ?? "",
    planChangeCampaign: product.planChangeCampaign,
    stopOffer: product.stopOffer,
    stopOfferPauseDays: product.stopOfferPauseDays === null ? "30" : String(product.stopOfferPauseDays),
    stopOfferProductId: product.stopOfferProductId ?? "",
    texts: productTextsToForm(product.texts),
  };
}
