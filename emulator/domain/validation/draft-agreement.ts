import { MAX_AMOUNT, MIN_AMOUNT, SUGGESTED_MAX_CAP } from "../money";
import type {
  Campaign,
  CampaignType,
  Market,
  Merchant,
  Period,
  Pricing,
  PricingType,
  TransactionType,
} from "../types";
import { dateTime, MSISDN, MSISDN_REASON, ORDER_ID, ORDER_ID_REASON, period, url } from "./common";
import { bool, child, int, isObject, oneOf, str, type FieldError, type Json } from "./fields";

export type InitialChargeInput = {
  amount: number;
  description: string;
  transactionType: TransactionType;
  orderId?: string;
  externalId?: string;
};

export type DraftInput = {
  pricing: Pricing;
  interval: Period | null;
  productName: string;
  productDescription?: string;
  merchantRedirectUrl: string;
  merchantAgreementUrl?: string;
  phoneNumber: string | null;
  initialCharge?: InitialChargeInput;
  campaign: Campaign | null;
  scope: string | null;
  isApp: boolean;
  skipLandingPage: boolean;
  externalId?: string;
  countryCode: Market;
};

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[]; problem: string };

export const SCOPES = ["name", "address", "email", "phoneNumber", "birthDate", "nin"] as const;
const CAMPAIGN_TYPES: readonly CampaignType[] = [
  "PRICE_CAMPAIGN",
  "PERIOD_CAMPAIGN",
  "EVENT_CAMPAIGN",
  "FULL_FLEX_CAMPAIGN",
];
const TRANSACTION_TYPES: readonly TransactionType[] = ["DIRECT_CAPTURE", "RESERVE_CAPTURE"];

export function fail<T>(errors: FieldError[], problem = "validation-error"): Validated<T> {
  return { ok: false, errors, problem };
}

export function validatePricing(
  errs: FieldError[],
  body: Json,
  merchant: Merchant,
): { pricing?: Pricing; capExceeded: boolean } {
  const p = child(errs, body, "pricing", "", { required: true });
  if (!p) return { capExceeded: false };
  const type = oneOf<PricingType>(errs, p, "type", "pricing", ["LEGACY", "VARIABLE", "FLEXIBLE"]) ?? "LEGACY";
  const currency = oneOf(errs, p, "currency", "pricing", ["NOK", "DKK", "EUR"], { required: true });
  if (currency && currency !== merchant.currency)
    errs.push({ name: "pricing.currency", reason: `must be ${merchant.currency} for this sales unit` });
  let capExceeded = false;
  const pricing: Pricing = { type, currency: merchant.currency };
  if (type === "LEGACY") {
    pricing.amount = int(errs, p, "amount", "pricing", { required: true, min: MIN_AMOUNT, max: MAX_AMOUNT });
    if (p.suggestedMaxAmount != null)
      errs.push({ name: "pricing.suggestedMaxAmount", reason: "is only allowed for VARIABLE pricing" });
  } else if (type === "VARIABLE") {
    const cap = SUGGESTED_MAX_CAP[merchant.currency];
    const before = errs.length;
    pricing.suggestedMaxAmount = int(errs, p, "suggestedMaxAmount", "pricing", {
      required: true,
      min: MIN_AMOUNT,
    });
    if (
      errs.length === before &&
      pricing.suggestedMaxAmount !== undefined &&
      pricing.suggestedMaxAmount > cap
    ) {
      errs.push({
        name: "pricing.suggestedMaxAmount",
        reason: `must be less than or equal to ${cap} for ${merchant.currency}`,
      });
      capExceeded = true;
    }
    pricing.maxAmount = pricing.suggestedMaxAmount;
    if (p.amount != null) errs.push({ name: "pricing.amount", reason: "is only allowed for LEGACY pricing" });
  } else {
    if (p.amount != null)
      errs.push({ name: "pricing.amount", reason: "is not allowed for FLEXIBLE pricing" });
    if (p.suggestedMaxAmount != null)
      errs.push({ name: "pricing.suggestedMaxAmount", reason: "is not allowed for FLEXIBLE pricing" });
  }
  return { pricing, capExceeded };
}

function validateInitialCharge(
  errs: FieldError[],
  body: Json,
  merchant: Merchant,
): InitialChargeInput | undefined {
  const ic = child(errs, body, "initialCharge", "");
  if (!ic) return undefined;
  const amount = int(errs, ic, "amount", "initialCharge", {
    required: true,
    min: MIN_AMOUNT,
    max: MAX_AMOUNT,
  });
  // [WOO] 2.2.8: initial-charge descriptions may be up to 100 characters (45 for ordinary charges).
  const description = str(errs, ic, "description", "initialCharge", { required: true, min: 1, max: 100 });
  const transactionType = oneOf(errs, ic, "transactionType", "initialCharge", TRANSACTION_TYPES, {
    required: true,
  });
  if (transactionType === "DIRECT_CAPTURE" && !merchant.directCapture)
    errs.push({
      name: "initialCharge.transactionType",
      reason: "DIRECT_CAPTURE is not enabled for this sales unit",
    });
  const orderId = str(errs, ic, "orderId", "initialCharge", {
    pattern: ORDER_ID,
    patternReason: ORDER_ID_REASON,
  });
  const externalId = str(errs, ic, "externalId", "initialCharge", { min: 1, max: 64 });
  if (amount === undefined || description === undefined || transactionType === undefined) return undefined;
  return { amount, description, transactionType, orderId, externalId };
}

function validateCampaign(
  errs: FieldError[],
  body: Json,
  pricingType: PricingType,
  now: number,
): Campaign | null {
  const c = child(errs, body, "campaign", "");
  if (!c) return null;
  if (pricingType !== "LEGACY") {
    errs.push({ name: "campaign", reason: `campaigns are not allowed with ${pricingType} pricing` });
    return null;
  }
  const type = oneOf(errs, c, "type", "campaign", CAMPAIGN_TYPES, { required: true });
  const price = int(errs, c, "price", "campaign", { required: true, min: MIN_AMOUNT, max: MAX_AMOUNT });
  if (!type || price === undefined) return null;
  const campaign: Campaign = { type, price };
  const future = (name: string, ms: number | undefined) => {
    if (ms !== undefined && ms <= now)
      errs.push({ name: `campaign.${name}`, reason: "must be in the future" });
  };
  if (type === "PRICE_CAMPAIGN" || type === "FULL_FLEX_CAMPAIGN") {
    campaign.end = dateTime(errs, c, "end", "campaign", true);
    future("end", campaign.end);
  }
  if (type === "FULL_FLEX_CAMPAIGN") campaign.interval = period(errs, c, "interval", "campaign", true);
  if (type === "PERIOD_CAMPAIGN") campaign.period = period(errs, c, "period", "campaign", true);
  if (type === "EVENT_CAMPAIGN") {
    campaign.eventDate = dateTime(errs, c, "eventDate", "campaign", true);
    future("eventDate", campaign.eventDate);
    campaign.eventText = str(errs, c, "eventText", "campaign", { required: true, min: 1, max: 100 });
  }
  return campaign;
}

function validateScope(errs: FieldError[], body: Json): string | null {
  const scope = str(errs, body, "scope", "", { min: 1, max: 200 });
  if (scope === undefined) return null;
  const parts = scope.split(" ").filter(Boolean);
  const bad = parts.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (parts.length === 0 || bad.length > 0) {
    errs.push({ name: "scope", reason: `must be space-separated values of ${SCOPES.join(", ")}` });
    return null;
  }
  return parts.join(" ");
}

export function validateDraftAgreement(
  body: unknown,
  merchant: Merchant,
  now: number,
): Validated<DraftInput> {
  if (!isObject(body)) return fail([{ name: "body", reason: "must be a JSON object" }]);
  const errs: FieldError[] = [];
  const { pricing, capExceeded } = validatePricing(errs, body, merchant);
  const interval = period(errs, body, "interval", "", false) ?? null;
  const productName = str(errs, body, "productName", "", { required: true, min: 1, max: 45 });
  const productDescription = str(errs, body, "productDescription", "", { max: 100 });
  const isApp = bool(errs, body, "isApp", "") ?? false;
  const skipLandingPage = bool(errs, body, "skipLandingPage", "") ?? false;
  const merchantRedirectUrl = url(errs, body, "merchantRedirectUrl", "", {
    required: true,
    deeplink: true,
    skipCheck: isApp,
  });
  const merchantAgreementUrl = url(errs, body, "merchantAgreementUrl", "", {
    required: merchant.market === "NO",
    deeplink: false,
  });
  const phoneNumber =
    str(errs, body, "phoneNumber", "", { pattern: MSISDN, patternReason: MSISDN_REASON }) ?? null;
  const initialCharge = validateInitialCharge(errs, body, merchant);
  const campaign = validateCampaign(errs, body, pricing?.type ?? "LEGACY", now);
  const scope = validateScope(errs, body);
  const externalId = str(errs, body, "externalId", "", { min: 1, max: 64 });
  const countryCode = oneOf<Market>(errs, body, "countryCode", "", ["NO", "DK", "FI"]);
  if (countryCode && countryCode !== merchant.market)
    errs.push({
      name: "countryCode",
      reason: `must be ${merchant.market}: cross-border agreements are not supported`,
    });
  if (errs.length > 0 || !pricing || !productName || !merchantRedirectUrl) {
    const onlyCap = capExceeded && errs.length === 1;
    return fail(errs, onlyCap ? "invalid-suggested-max-amount" : "validation-error");
  }
  return {
    ok: true,
    value: {
      pricing,
      interval,
      productName,
      productDescription,
      merchantRedirectUrl,
      merchantAgreementUrl,
      phoneNumber,
      initialCharge,
      campaign,
      scope,
      isApp,
      skipLandingPage,
      externalId,
      countryCode: merchant.market,
    },
  };
}
