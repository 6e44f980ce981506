// What a refund says: the text the customer sees in the Vipps or MobilePay app (in their language
// by default) and the reason staff chose, as it goes in the audit log. Pure, shared by form and server.
import { isLocale, LOCALE_OF_MARKET, type TLocale } from "@/lib/i18n/locales";

export const REFUND_DESCRIPTION: Record<TLocale, string> = {
  nb: "Refusjon",
  da: "Refundering",
  fi: "Hyvitys",
  en: "Refund",
};

type TCustomerLanguage = { locale?: string | null; market?: string | null } | null | undefined;

/**
 * The customer's language: their own choice (Customer.locale), else their market's, else the
 * agreement's market's; English when none is known (a customer with no market is rare).
 */
export function customerLocale(customer: TCustomerLanguage, agreementMarket?: string | null): TLocale {
  if (isLocale(customer?.locale)) return customer.locale;
  for (const market of [customer?.market, agreementMarket]) {
    if (market && market in LOCALE_OF_MARKET)
      return LOCALE_OF_MARKET[market as keyof typeof LOCALE_OF_MARKET];
  }
  return "en";
}

export function defaultRefundDescription(customer: TCustomerLanguage, agreementMarket?: string | null) {
  return REFUND_DESCRIPTION[customerLocale(customer, agreementMarket)];
}

export const REFUND_REASONS = {
  GOODWILL: "Goodwill",
  CHARGED_TWICE: "Charged twice",
  CANCELLED_ORDER: "Cancelled order",
  DELIVERY_PROBLEM: "Delivery problem",
  OTHER: "Other",
} as const;
export type TRefundReasonCode = keyof typeof REFUND_REASONS;
export const REFUND_REASON_CODES = Object.keys(REFUND_REASONS) as [TRefundReasonCode, ...TRefundReasonCode[]];

/** The audit log's reason: the chosen reason, then what the agent added ("Charged twice: paid on 3 May"). */
export function refundReason(code: TRefundReasonCode, details?: string | null): string {
  const extra = details?.trim();
  return extra ? `${REFUND_REASONS[code]}: ${extra}` : REFUND_REASONS[code];
}
