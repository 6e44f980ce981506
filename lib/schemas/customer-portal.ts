import type {
  AgreementStatus,
  ChargeStatus,
  ChargeType,
  IntervalUnit,
  Market,
  PricingType,
  StopCause,
  TransactionType,
} from "@/lib/generated/prisma/enums";
import type { TFailureReason } from "@/lib/domain/failure-reason";

// What customer-facing pages and routes get: plain data, dates as ISO strings (YYYY-MM-DD for
// calendar dates), no internal ids beyond the customer's own agreement and charge ids.

export type TInterval = { unit: IntervalUnit; count: number };

export type TPlanTerms = {
  pricingType: PricingType;
  currency: string;
  /** LEGACY: the price per interval. */
  amount: number | null;
  /** VARIABLE: the ceiling the merchant suggests; the user may choose another in the app. */
  suggestedMaxAmount: number | null;
  maxAmount: number | null;
  interval: TInterval | null;
  campaign: {
    type: "PRICE_CAMPAIGN" | "PERIOD_CAMPAIGN" | "EVENT_CAMPAIGN" | "FULL_FLEX_CAMPAIGN";
    price: number;
    end: string | null;
    period: TInterval | null;
    eventDate: string | null;
    eventText: string | null;
  } | null;
  initialCharge: { amount: number; description: string; transactionType: TransactionType } | null;
};

export type TShopProduct = {
  slug: string;
  name: string;
  description: string | null;
  market: Market;
  terms: TPlanTerms;
  sharesProfile: boolean;
};

export type TNextChargeDto = { date: string; amount: number } | null;

export type TSubscriptionSummary = {
  id: string;
  status: AgreementStatus;
  productName: string;
  productSlug: string | null;
  market: Market;
  terms: TPlanTerms;
  createdAt: string;
  activatedAt: string | null;
  stoppedAt: string | null;
  stopCause: StopCause | null;
  /** A stop at period end: the agreement stays active until then. */
  stopAt: string | null;
  pausedUntil: string | null;
  nextCharge: TNextChargeDto;
  /** A plan change ended the offer in Abo; the Vipps app still shows its text (it cannot be changed). */
  campaignEnded: boolean;
  /** A payment is being retried or failed lately: the customer should look in the app. */
  paymentProblem: boolean;
};

export type TChargeDto = {
  id: string;
  type: ChargeType;
  status: ChargeStatus;
  amount: number;
  currency: string;
  description: string;
  due: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  capturedAmount: number;
  refundedAmount: number;
  cancelledAmount: number;
  /** FAILED charges: why, as Vipps says (plain words come from lib/domain/failure-reason.ts). */
  failureReason: TFailureReason | null;
  hasReceipt: boolean;
};

export type TPlanOption = { slug: string; name: string; description: string | null; terms: TPlanTerms };

export type TSubscriptionDetail = TSubscriptionSummary & {
  charges: TChargeDto[];
  /** When a stop at period end would take effect (end of the current period), if it has periods. */
  periodEndsAt: string | null;
  /** The first period not yet planned at Vipps: where a change of plan or amount starts. */
  changesFrom: string | null;
  planOptions: TPlanOption[];
  /** The product lets no plan change run while the offer lasts: the date it can be done from. */
  planChangeBlockedUntil: string | null;
  /** VARIABLE: the most the product allows per interval (the product's price); the amount field's cap. */
  amountCap: number | null;
  canPause: boolean;
  canChangeAmount: boolean;
  /** A stop at period end is set and can still be taken back (see undoScheduledStop). */
  canUndoStop: boolean;
};

export type TReturnStatus = {
  status: AgreementStatus;
  stopCause: StopCause | null;
  productName: string;
  productSlug: string | null;
  market: Market;
  /** Where the customer manages it (merchantAgreementUrl); they sign in there. */
  manageUrl: string;
  /** Approved, but the first payment failed (the agreement then ends EXPIRED): why, in Vipps's words. */
  firstPaymentFailed: { reason: TFirstPaymentFailure } | null;
};

/** Vipps's failureReason values (FACTS §6.1), and "other" for any value it adds later. */
export type TFirstPaymentFailure = TFailureReason;

/** What the stop flow offers instead of stopping, as the product's merchant set it (shown once). */
export type TStopOfferDto =
  | { kind: "PAUSE"; until: string; nextCharge: TNextChargeDto }
  | { kind: "CHEAPER_PLAN"; plan: TPlanOption }
  | null;

// What the customer's GET routes answer (read through lib/queries on the client).
export type GetSubscriptionResponse = TSubscriptionDetail;
export type GetReturnStatusResponse = TReturnStatus;
