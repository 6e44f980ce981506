import "server-only";
import type { Agreement, Product, ProductPrice } from "@/lib/generated/prisma/client";
import type { TPlanTerms } from "@/lib/schemas/customer-portal";
import { isoDay } from "@/lib/domain/periods";

/** The product fields the storefront needs, for `select`. */
export const PRODUCT_TERMS_SELECT = {
  pricingType: true,
  intervalUnit: true,
  intervalCount: true,
  campaignType: true,
  campaignEnd: true,
  campaignPeriodUnit: true,
  campaignPeriodCount: true,
  campaignEventDate: true,
  campaignEventText: true,
  initialChargeDescription: true,
  initialChargeTransactionType: true,
  transactionType: true,
} as const;

/** A product's price in one market, as productTerms reads it, for `select` on ProductPrice. */
export const MARKET_PRICE_SELECT = {
  currency: true,
  amount: true,
  suggestedMaxAmount: true,
  campaignPrice: true,
  initialChargeAmount: true,
} as const;

export const AGREEMENT_TERMS_SELECT = {
  ...PRODUCT_TERMS_SELECT,
  currency: true,
  amount: true,
  suggestedMaxAmount: true,
  maxAmount: true,
  campaignPrice: true,
  initialChargeAmount: true,
} as const;

type TCampaignFields = Pick<
  Product,
  | "campaignType"
  | "campaignEnd"
  | "campaignPeriodUnit"
  | "campaignPeriodCount"
  | "campaignEventDate"
  | "campaignEventText"
>;

function campaignOf(fields: TCampaignFields, price: number | null): TPlanTerms["campaign"] {
  if (!fields.campaignType || price === null) return null;
  return {
    type: fields.campaignType,
    price,
    end: isoDay(fields.campaignEnd),
    period:
      fields.campaignPeriodUnit && fields.campaignPeriodCount
        ? { unit: fields.campaignPeriodUnit, count: fields.campaignPeriodCount }
        : null,
    eventDate: isoDay(fields.campaignEventDate),
    eventText: fields.campaignEventText,
  };
}

type TTermsFields = TCampaignFields &
  Pick<
    Product,
    | "pricingType"
    | "intervalUnit"
    | "intervalCount"
    | "initialChargeDescription"
    | "initialChargeTransactionType"
    | "transactionType"
  >;

/** A product's terms in one market, as the customer will sign them. */
export function productTerms(
  product: TTermsFields,
  price: Pick<
    ProductPrice,
    "currency" | "amount" | "suggestedMaxAmount" | "campaignPrice" | "initialChargeAmount"
  >,
): TPlanTerms {
  return {
    pricingType: product.pricingType,
    currency: price.currency,
    amount: price.amount,
    suggestedMaxAmount: price.suggestedMaxAmount,
    maxAmount: null,
    interval:
      product.intervalUnit && product.intervalCount
        ? { unit: product.intervalUnit, count: product.intervalCount }
        : null,
    campaign: campaignOf(product, price.campaignPrice),
    initialCharge:
      product.initialChargeDescription && price.initialChargeAmount
        ? {
            amount: price.initialChargeAmount,
            description: product.initialChargeDescription,
            transactionType: product.initialChargeTransactionType ?? product.transactionType,
          }
        : null,
  };
}

/**
 * An agreement's own terms (they are fixed at sign-up; a price or plan change updates them). A
 * campaign a plan change ended is no longer among them (lib/domain/plan-change.ts).
 */
export function agreementTerms(
  agreement: TCampaignFields &
    Pick<
      Agreement,
      | "campaignEndPeriod"
      | "pricingType"
      | "intervalUnit"
      | "intervalCount"
      | "currency"
      | "amount"
      | "suggestedMaxAmount"
      | "maxAmount"
      | "campaignPrice"
      | "initialChargeAmount"
      | "initialChargeDescription"
      | "initialChargeTransactionType"
      | "transactionType"
    >,
): TPlanTerms {
  return {
    pricingType: agreement.pricingType,
    currency: agreement.currency,
    amount: agreement.amount,
    suggestedMaxAmount: agreement.suggestedMaxAmount,
    maxAmount: agreement.maxAmount,
    interval:
      agreement.intervalUnit && agreement.intervalCount
        ? { unit: agreement.intervalUnit, count: agreement.intervalCount }
        : null,
    campaign: agreement.campaignEndPeriod === null ? campaignOf(agreement, agreement.campaignPrice) : null,
    initialCharge:
      agreement.initialChargeDescription && agreement.initialChargeAmount
        ? {
            amount: agreement.initialChargeAmount,
            description: agreement.initialChargeDescription,
            transactionType: agreement.initialChargeTransactionType ?? agreement.transactionType,
          }
        : null,
  };
}
