import "server-only";
import type { Product, ProductPrice } from "@/lib/generated/prisma/client";
import type { Market } from "@/lib/generated/prisma/enums";
import type { TDraftAgreement } from "@/lib/vipps/schemas";

/** The Vipps draft request for a product in a market: pricing, interval, campaign, initial charge, our URLs. */
export function buildDraftRequest(input: {
  product: Product;
  price: ProductPrice;
  market: Market;
  phone?: string;
  agreementId: string;
  returnToken: string;
  appUrl: string;
  initialOrderId?: string;
  /** VARIABLE: the amount the customer chose (at most the product's cap), sent as the suggested maximum. */
  suggestedMaxAmount?: number;
}): TDraftAgreement {
  const { product, price } = input;
  const pricing: TDraftAgreement["pricing"] =
    product.pricingType === "LEGACY"
      ? { type: "LEGACY", currency: price.currency, amount: price.amount! }
      : product.pricingType === "VARIABLE"
        ? {
            type: "VARIABLE",
            currency: price.currency,
            suggestedMaxAmount: input.suggestedMaxAmount ?? price.suggestedMaxAmount!,
          }
        : { type: "FLEXIBLE", currency: price.currency };
  const draft: TDraftAgreement = {
    pricing,
    productName: product.name,
    ...(product.description ? { productDescription: product.description } : {}),
    merchantRedirectUrl: `${input.appUrl}/subscribe/return/${input.returnToken}`,
    merchantAgreementUrl: `${input.appUrl}/account/subscriptions/${input.agreementId}`,
    externalId: input.agreementId,
    countryCode: input.market,
    ...(input.phone ? { phoneNumber: input.phone } : {}),
    ...(product.scope ? { scope: product.scope } : {}),
  };
  if (product.intervalUnit && product.intervalCount)
    draft.interval = { unit: product.intervalUnit, count: product.intervalCount };
  const campaign = campaignOf(product, price);
  if (campaign) draft.campaign = campaign;
  if (input.initialOrderId && price.initialChargeAmount && product.initialChargeDescription) {
    draft.initialCharge = {
      amount: price.initialChargeAmount,
      description: product.initialChargeDescription,
      transactionType: product.initialChargeTransactionType ?? product.transactionType,
      orderId: input.initialOrderId,
    };
  }
  return draft;
}

function campaignOf(product: Product, price: ProductPrice): TDraftAgreement["campaign"] | undefined {
  if (product.pricingType !== "LEGACY" || !product.campaignType || price.campaignPrice == null)
    return undefined;
  const p = price.campaignPrice;
  switch (product.campaignType) {
    case "PRICE_CAMPAIGN":
      return product.campaignEnd
        ? { type: "PRICE_CAMPAIGN", price: p, end: product.campaignEnd.toISOString() }
        : undefined;
    case "PERIOD_CAMPAIGN":
      return product.campaignPeriodUnit && product.campaignPeriodCount
        ? {
            type: "PERIOD_CAMPAIGN",
            price: p,
            period: { unit: product.campaignPeriodUnit, count: product.campaignPeriodCount },
          }
        : undefined;
    case "EVENT_CAMPAIGN":
      return product.campaignEventDate && product.campaignEventText
        ? {
            type: "EVENT_CAMPAIGN",
            price: p,
            eventDate: product.campaignEventDate.toISOString(),
            eventText: product.campaignEventText,
          }
        : undefined;
    case "FULL_FLEX_CAMPAIGN":
      return product.campaignEnd && product.campaignIntervalUnit && product.campaignIntervalCount
        ? {
            type: "FULL_FLEX_CAMPAIGN",
            price: p,
            end: product.campaignEnd.toISOString(),
            interval: { unit: product.campaignIntervalUnit, count: product.campaignIntervalCount },
          }
        : undefined;
  }
}
