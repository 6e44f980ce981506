// What Vipps MobilePay accepts for a subscription product (FACTS §4.2, §7.4–§7.7), checked before
// anything is saved or sent. The product form and the server both run validateProduct, so a
// merchant sees the rule at the field instead of a refusal from Vipps at the customer's sign-up.
import { parseVatRate } from "./receipts";
import type {
  CampaignType,
  IntervalUnit,
  Market,
  PlanChangeCampaign,
  PricingType,
  ProcessingMode,
  TransactionType,
} from "@/lib/generated/prisma/enums";
import { CURRENCY_OF_MARKET, parseMoney } from "./money";
import { PLAN_CHANGE_CAMPAIGN_RULES } from "./plan-change";
import { checkStopOffer, type TStopOfferForm, type TStopOfferValues } from "./stop-offer-rules";
import { checkProductTexts, type TProductTextRow, type TProductTextsForm } from "./product-text";

export const MARKETS = ["NO", "DK", "FI"] as const satisfies readonly Market[];
export const INTERVAL_UNITS = ["DAY", "WEEK", "MONTH", "YEAR"] as const satisfies readonly IntervalUnit[];
export const PRICING_TYPES = ["LEGACY", "VARIABLE", "FLEXIBLE"] as const satisfies readonly PricingType[];
export const CAMPAIGN_TYPES = [
  "PRICE_CAMPAIGN",
  "PERIOD_CAMPAIGN",
  "EVENT_CAMPAIGN",
  "FULL_FLEX_CAMPAIGN",
] as const satisfies readonly CampaignType[];
export const TRANSACTION_TYPES = [
  "DIRECT_CAPTURE",
  "RESERVE_CAPTURE",
] as const satisfies readonly TransactionType[];
/** How Vipps processes each RECURRING charge (FACTS §4.7): retried over retryDays, or tried once. */
export const PROCESSING_MODES = [
  "MULTIPLE_ATTEMPTS",
  "SINGLE_ATTEMPT",
] as const satisfies readonly ProcessingMode[];
export const SCOPES = ["name", "email", "phoneNumber", "address", "birthDate", "nin"] as const;

export const LIMITS = {
  name: 45,
  description: 100,
  eventText: 100,
  initialChargeDescription: 100,
  slug: 60,
  planGroup: 40,
  intervalCount: { min: 1, max: 31 },
  retryDays: { min: 0, max: 14 },
  minAmount: 100,
  maxAmount: 2_147_483_647,
} as const;

/** The highest suggestedMaxAmount Vipps accepts per currency (FACTS §3). */
export const SUGGESTED_MAX_CAP = { NOK: 2_000_000, DKK: 30_000_000, EUR: 200_000 } as const;

export type TMarketPriceForm = {
  enabled: boolean;
  amount: string;
  suggestedMaxAmount: string;
  campaignPrice: string;
  initialChargeAmount: string;
  /** VAT rate in percent, like "25" or "25.5"; blank: the market's standard rate. */
  vatRate?: string;
};

/** The product form as typed: text fields stay text until validateProduct parses them. */
export type TProductForm = {
  name: string;
  description: string;
  slug: string;
  pricingType: PricingType;
  intervalUnit: IntervalUnit | "";
  intervalCount: string;
  transactionType: TransactionType;
  retryDays: string;
  processingMode: ProcessingMode;
  prices: Record<Market, TMarketPriceForm>;
  campaignType: CampaignType | "";
  campaignEnd: string;
  campaignPeriodUnit: IntervalUnit | "";
  campaignPeriodCount: string;
  campaignEventDate: string;
  campaignEventText: string;
  campaignIntervalUnit: IntervalUnit | "";
  campaignIntervalCount: string;
  initialCharge: boolean;
  initialChargeDescription: string;
  initialChargeTransactionType: TransactionType;
  scope: string[];
  planGroup: string;
  /** What a change of plan does to a campaign still running (lib/domain/plan-change.ts). */
  planChangeCampaign: PlanChangeCampaign;
  /** Name and description per customer language, each optional (lib/domain/product-text.ts). */
  texts?: TProductTextsForm;
} & TStopOfferForm;

export type TProductPriceValues = {
  market: Market;
  currency: "NOK" | "DKK" | "EUR";
  amount: number | null;
  suggestedMaxAmount: number | null;
  campaignPrice: number | null;
  initialChargeAmount: number | null;
  /** Hundredths of a percent (2550 = 25.5 %); null: the market's standard rate. */
  vatRate: number | null;
};

/** A valid product, in the shape of the Product and ProductPrice rows. */
export type TProductValues = {
  name: string;
  description: string | null;
  slug: string;
  pricingType: PricingType;
  intervalUnit: IntervalUnit | null;
  intervalCount: number | null;
  transactionType: TransactionType;
  retryDays: number;
  processingMode: ProcessingMode;
  campaignType: CampaignType | null;
  campaignEnd: Date | null;
  campaignPeriodUnit: IntervalUnit | null;
  campaignPeriodCount: number | null;
  campaignEventDate: Date | null;
  campaignEventText: string | null;
  campaignIntervalUnit: IntervalUnit | null;
  campaignIntervalCount: number | null;
  initialChargeDescription: string | null;
  initialChargeTransactionType: TransactionType | null;
  scope: string | null;
  planGroup: string | null;
  planChangeCampaign: PlanChangeCampaign;
  prices: TProductPriceValues[];
  /** The ProductText rows (only locales with a name or description given); null: leave them as they are. */
  texts: TProductTextRow[] | null;
} & TStopOfferValues;

export type TProductCheck =
  | { ok: true; value: TProductValues; warnings: string[] }
  | { ok: false; errors: Record<string, string>; warnings: string[] };

export type TProductContext = {
  /** Today (UTC) — campaign end and event dates must be after it. */
  today: Date;
  /** Set when the product is live with agreements: Vipps never changes an agreement's pricing type. */
  lockedPricingType?: PricingType | null;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateProduct(form: TProductForm, context: TProductContext): TProductCheck {
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  const fail = (field: string, message: string) => (errors[field] ??= message);

  const name = form.name.trim();
  if (!name) fail("name", "Enter the product name; it is the agreement's title in the app.");
  else if (name.length > LIMITS.name) fail("name", tooLong(name, LIMITS.name, "productName"));
  const description = form.description.trim();
  if (description.length > LIMITS.description)
    fail("description", tooLong(description, LIMITS.description, "productDescription"));

  const slug = form.slug.trim();
  if (!SLUG.test(slug) || slug.length > LIMITS.slug) {
    fail(
      "slug",
      `Use lower-case letters, digits and single dashes, at most ${LIMITS.slug} characters (it becomes the page address /products/…).`,
    );
  }
  if (!PRICING_TYPES.includes(form.pricingType))
    fail("pricingType", "Choose fixed, variable or flexible pricing.");
  if (context.lockedPricingType && context.lockedPricingType !== form.pricingType) {
    fail(
      "pricingType",
      `Customers already have agreements at ${label(context.lockedPricingType)} pricing; Vipps rule: pricing.type can never change.`,
    );
  }

  const intervalUnit = form.intervalUnit || null;
  const intervalCount = intervalUnit
    ? checkCount(form.intervalCount, "intervalCount", "interval.count", fail)
    : null;
  if (intervalUnit && !INTERVAL_UNITS.includes(intervalUnit))
    fail("intervalUnit", "Choose day, week, month or year, or no interval.");

  if (!TRANSACTION_TYPES.includes(form.transactionType))
    fail("transactionType", "Choose direct capture or reserve and capture.");
  const retryDays = checkInt(form.retryDays, LIMITS.retryDays.min, LIMITS.retryDays.max);
  if (retryDays === null)
    fail("retryDays", `Enter a whole number of days from 0 to 14 (Vipps rule: retryDays 0–14).`);
  if (!PROCESSING_MODES.includes(form.processingMode))
    fail("processingMode", "Choose retry over the retry days, or a single attempt.");
  else if (form.processingMode === "SINGLE_ATTEMPT" && retryDays !== null && retryDays !== 0)
    fail(
      "retryDays",
      "A single attempt means no retries: set retry days to 0 (Vipps rule: processingMode SINGLE_ATTEMPT requires retryDays 0).",
    );
  else if (retryDays !== null && retryDays < 2 && form.processingMode !== "SINGLE_ATTEMPT")
    warnings.push(
      "Vipps strongly recommends at least 2 retry days, so a payment can succeed on a later day.",
    );

  const campaignType = form.campaignType || null;
  if (campaignType && !CAMPAIGN_TYPES.includes(campaignType))
    fail("campaignType", "Choose a campaign type or no campaign.");
  if (campaignType && form.pricingType !== "LEGACY") {
    fail(
      "campaignType",
      "Campaigns work only with a fixed price (Vipps rule: no campaign with VARIABLE or FLEXIBLE pricing).",
    );
  }
  const campaign = campaignType ? checkCampaign(form, campaignType, context.today, fail) : null;
  if (campaignType === "FULL_FLEX_CAMPAIGN")
    warnings.push("Full-flex campaigns must be enabled by Vipps MobilePay for your sales unit first.");
  if (campaignType && description)
    warnings.push(
      "Vipps advises against a product description together with a campaign: the app has little room.",
    );

  const initialDescription = form.initialChargeDescription.trim();
  if (form.initialCharge) {
    if (!initialDescription)
      fail("initialChargeDescription", "Describe the initial charge; the app shows it to the customer.");
    else if (initialDescription.length > LIMITS.initialChargeDescription) {
      fail(
        "initialChargeDescription",
        tooLong(initialDescription, LIMITS.initialChargeDescription, "initialCharge.description"),
      );
    }
    if (!TRANSACTION_TYPES.includes(form.initialChargeTransactionType))
      fail("initialChargeTransactionType", "Choose how the initial charge is captured.");
  }

  const scope = form.scope.filter((s) => (SCOPES as readonly string[]).includes(s));
  if (scope.length !== form.scope.length) fail("scope", `Profile data can only be: ${SCOPES.join(", ")}.`);
  const planGroup = form.planGroup.trim();
  if (planGroup && (!SLUG.test(planGroup) || planGroup.length > LIMITS.planGroup)) {
    fail("planGroup", `Use lower-case letters, digits and dashes, at most ${LIMITS.planGroup} characters.`);
  }

  if (!PLAN_CHANGE_CAMPAIGN_RULES.includes(form.planChangeCampaign))
    fail("planChangeCampaign", "Choose what a change of plan does to a running campaign.");
  const stopOffer = checkStopOffer(form, planGroup, fail);
  const prices = checkPrices(form, campaignType, fail);
  const texts = checkProductTexts(form.texts, LIMITS, fail);

  if (Object.keys(errors).length > 0) return { ok: false, errors, warnings };
  return {
    ok: true,
    warnings,
    value: {
      name,
      description: description || null,
      slug,
      pricingType: form.pricingType,
      intervalUnit,
      intervalCount,
      transactionType: form.transactionType,
      retryDays: retryDays!,
      processingMode: form.processingMode,
      campaignType,
      campaignEnd: campaign?.end ?? null,
      campaignPeriodUnit: campaign?.periodUnit ?? null,
      campaignPeriodCount: campaign?.periodCount ?? null,
      campaignEventDate: campaign?.eventDate ?? null,
      campaignEventText: campaign?.eventText ?? null,
      campaignIntervalUnit: campaign?.intervalUnit ?? null,
      campaignIntervalCount: campaign?.intervalCount ?? null,
      initialChargeDescription: form.initialCharge ? initialDescription : null,
      initialChargeTransactionType: form.initialCharge ? form.initialChargeTransactionType : null,
      scope: scope.length ? scope.join(" ") : null,
      planGroup: planGroup || null,
      planChangeCampaign: form.planChangeCampaign,
      prices,
      texts,
      ...stopOffer,
    },
  };
}

type TFail = (field: string, message: string) => void;

type TCampaignValues = {
  end: Date | null;
  periodUnit: IntervalUnit | null;
  periodCount: number | null;
  eventDate: Date | null;
  eventText: string | null;
  intervalUnit: IntervalUnit | null;
  intervalCount: number | null;
};

function checkCampaign(form: TProductForm, type: CampaignType, today: Date, fail: TFail): TCampaignValues {
  const values: TCampaignValues = {
    end: null,
    periodUnit: null,
    periodCount: null,
    eventDate: null,
    eventText: null,
    intervalUnit: null,
    intervalCount: null,
  };
  if (type === "PRICE_CAMPAIGN" || type === "FULL_FLEX_CAMPAIGN")
    values.end = checkFutureDate(form.campaignEnd, "campaignEnd", "campaign.end", today, fail);
  if (type === "PERIOD_CAMPAIGN") {
    values.periodUnit = checkUnit(form.campaignPeriodUnit, "campaignPeriodUnit", fail);
    values.periodCount = checkCount(
      form.campaignPeriodCount,
      "campaignPeriodCount",
      "campaign.period.count",
      fail,
    );
  }
  if (type === "FULL_FLEX_CAMPAIGN") {
    values.intervalUnit = checkUnit(form.campaignIntervalUnit, "campaignIntervalUnit", fail);
    values.intervalCount = checkCount(
      form.campaignIntervalCount,
      "campaignIntervalCount",
      "campaign.interval.count",
      fail,
    );
  }
  if (type === "EVENT_CAMPAIGN") {
    values.eventDate = checkFutureDate(
      form.campaignEventDate,
      "campaignEventDate",
      "campaign.eventDate",
      today,
      fail,
    );
    const text = form.campaignEventText.trim();
    if (!text)
      fail("campaignEventText", "Name the event, e.g. “christmas”; the app reads “… until christmas”.");
    else if (text.length > LIMITS.eventText)
      fail("campaignEventText", tooLong(text, LIMITS.eventText, "campaign.eventText"));
    else if (!/^\p{Ll}/u.test(text))
      fail(
        "campaignEventText",
        "Start with a lower-case letter: the app reads “… until <event text>” (Vipps rule for eventText).",
      );
    values.eventText = text || null;
  }
  return values;
}

function checkPrices(
  form: TProductForm,
  campaignType: CampaignType | null,
  fail: TFail,
): TProductPriceValues[] {
  const prices: TProductPriceValues[] = [];
  for (const market of MARKETS) {
    const input = form.prices[market];
    if (!input?.enabled) continue;
    const currency = CURRENCY_OF_MARKET[market];
    const field = (name: string) => `prices.${market}.${name}`;
    const price: TProductPriceValues = {
      market,
      currency,
      amount: null,
      suggestedMaxAmount: null,
      campaignPrice: null,
      initialChargeAmount: null,
      vatRate: null,
    };
    if (form.pricingType === "LEGACY")
      price.amount = checkAmount(input.amount, field("amount"), "pricing.amount", currency, fail);
    if (form.pricingType === "VARIABLE") {
      const cap = SUGGESTED_MAX_CAP[currency];
      price.suggestedMaxAmount = checkAmount(
        input.suggestedMaxAmount,
        field("suggestedMaxAmount"),
        "pricing.suggestedMaxAmount",
        currency,
        fail,
        cap,
      );
    }
    if (campaignType && form.pricingType === "LEGACY") {
      price.campaignPrice = checkAmount(
        input.campaignPrice,
        field("campaignPrice"),
        "campaign.price",
        currency,
        fail,
      );
      if (price.campaignPrice !== null && price.amount !== null && price.campaignPrice >= price.amount) {
        fail(
          field("campaignPrice"),
          "A campaign price must be lower than the ordinary price (the app presents it as an offer).",
        );
      }
    }
    if (form.initialCharge)
      price.initialChargeAmount = checkAmount(
        input.initialChargeAmount,
        field("initialChargeAmount"),
        "initialCharge.amount",
        currency,
        fail,
      );
    const rate = input.vatRate?.trim() ?? "";
    if (rate) {
      price.vatRate = parseVatRate(rate);
      if (price.vatRate === null)
        fail(field("vatRate"), "Enter a VAT rate from 0 to 30 %, like 25 or 25.5 (at most two decimals).");
    }
    prices.push(price);
  }
  if (prices.length === 0)
    fail("markets", "Sell in at least one market: Norway (NOK), Denmark (DKK) or Finland (EUR).");
  return prices;
}

function checkAmount(
  raw: string,
  field: string,
  rule: string,
  currency: string,
  fail: TFail,
  cap?: number,
): number | null {
  if (!raw.trim()) {
    fail(field, `Enter an amount in ${currency}.`);
    return null;
  }
  const minor = parseMoney(raw);
  if (minor === null) fail(field, "Enter an amount like 299 or 299.50 (digits, at most two decimals).");
  else if (minor < LIMITS.minAmount)
    fail(field, `At least 1.00 ${currency} (Vipps rule: ${rule} ≥ 100 øre/cents).`);
  else if (cap !== undefined && minor > cap)
    fail(
      field,
      `At most ${(cap / 100).toLocaleString("en-GB")} ${currency} (Vipps rule: ${rule} ≤ ${cap} for ${currency}).`,
    );
  else if (minor > LIMITS.maxAmount) fail(field, "That amount is too large.");
  else return minor;
  return null;
}

function checkCount(raw: string, field: string, rule: string, fail: TFail): number | null {
  const count = checkInt(raw, LIMITS.intervalCount.min, LIMITS.intervalCount.max);
  if (count === null) fail(field, `Enter a whole number from 1 to 31 (Vipps rule: ${rule} 1–31).`);
  return count;
}

function checkUnit(raw: IntervalUnit | "", field: string, fail: TFail): IntervalUnit | null {
  if (raw && INTERVAL_UNITS.includes(raw)) return raw;
  fail(field, "Choose day, week, month or year.");
  return null;
}

function checkFutureDate(raw: string, field: string, rule: string, today: Date, fail: TFail): Date | null {
  const date = parseDate(raw);
  if (!date) fail(field, "Enter a date (YYYY-MM-DD).");
  else if (date.getTime() <= startOfDay(today).getTime())
    fail(field, `Choose a date after today (Vipps rule: ${rule} must be in the future).`);
  else return date;
  return null;
}

export function checkInt(raw: string, min: number, max: number): number | null {
  const text = raw.trim();
  if (!/^\d{1,6}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** "2030-02-01" → that date at 00:00 UTC, or null for anything that is not a real date. */
export function parseDate(raw: string): Date | null {
  if (!DATE.test(raw.trim())) return null;
  const date = new Date(`${raw.trim()}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw.trim() ? null : date;
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function tooLong(text: string, max: number, rule: string): string {
  return `${text.length} characters; at most ${max} (Vipps rule: ${rule} ≤ ${max} characters).`;
}

export function label(pricingType: PricingType): string {
  return { LEGACY: "fixed", VARIABLE: "variable", FLEXIBLE: "flexible" }[pricingType];
}
