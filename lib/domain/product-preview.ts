// How an agreement for a product will read in the Vipps or MobilePay app (FACTS §5.1, §7.5, §7.6,
// §8 step 3): title, price line, campaign explanation and initial charge. Works on the form as
// typed, so the preview follows every keystroke; what cannot be read yet shows as "…". The app's
// name depends on the date (MobilePay becomes Vipps), so the caller brings it (`brandOf`).
import type { IntervalUnit, Market } from "@/lib/generated/prisma/enums";
import { CURRENCY_OF_MARKET, formatMoney, parseMoney } from "./money";
import { checkInt, parseDate, type TProductForm } from "./product-rules";

export type TAgreementPreview = {
  title: string;
  description: string | null;
  priceText: string;
  campaignText: string | null;
  initialChargeText: string | null;
};

const INTL_LOCALE: Record<Market, string> = { NO: "nb-NO", DK: "da-DK", FI: "fi-FI" };
const WORDS: Record<IntervalUnit, [string, string]> = {
  DAY: ["day", "days"],
  WEEK: ["week", "weeks"],
  MONTH: ["month", "months"],
  YEAR: ["year", "years"],
};

/** "per month", "every 2 weeks", or "when used" for a flexible interval. */
export function intervalText(unit: IntervalUnit | "" | null, count: number | null): string {
  if (!unit) return "when used";
  const [one, many] = WORDS[unit];
  if (count === null) return `every … ${many}`;
  return count === 1 ? `per ${one}` : `every ${count} ${many}`;
}

/** "1 month", "14 days". */
export function periodText(unit: IntervalUnit | "" | null, count: number | null): string {
  if (!unit) return "…";
  const [one, many] = WORDS[unit];
  if (count === null) return `… ${many}`;
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}

export function agreementPreview(form: TProductForm, market: Market): TAgreementPreview {
  const currency = CURRENCY_OF_MARKET[market];
  const price = form.prices[market];
  const amount = (raw: string) => {
    const minor = parseMoney(raw);
    return minor === null || raw.trim() === "" ? "…" : formatMoney(minor, currency, INTL_LOCALE[market]);
  };
  const interval = intervalText(
    form.intervalUnit,
    form.intervalUnit ? checkInt(form.intervalCount, 1, 31) : null,
  );
  const ordinary = `${amount(price.amount)} ${interval}`;

  let priceText: string;
  if (form.pricingType === "LEGACY") priceText = ordinary;
  else if (form.pricingType === "VARIABLE")
    priceText = `Variable amount, up to ${amount(price.suggestedMaxAmount)} ${interval} (you choose your maximum)`;
  else priceText = `Flexible amount, charged ${interval === "when used" ? "when used" : interval}`;

  return {
    title: form.name.trim() || "Product name",
    description: form.description.trim() || null,
    priceText,
    campaignText:
      form.pricingType === "LEGACY"
        ? campaignText(form, amount(price.campaignPrice), ordinary, interval)
        : null,
    initialChargeText: form.initialCharge
      ? initialChargeText(form, market, amount(price.initialChargeAmount))
      : null,
  };
}

function campaignText(form: TProductForm, price: string, ordinary: string, interval: string): string | null {
  const date = (raw: string) => {
    const parsed = parseDate(raw);
    return parsed ? parsed.toISOString().slice(0, 10).split("-").reverse().join(".") : "…";
  };
  switch (form.campaignType) {
    case "PRICE_CAMPAIGN":
      return `${price} ${interval} until ${date(form.campaignEnd)}, then ordinary price ${ordinary}`;
    case "PERIOD_CAMPAIGN":
      return `${price} for ${periodText(form.campaignPeriodUnit, checkInt(form.campaignPeriodCount, 1, 31))}, then ordinary price ${ordinary}`;
    case "EVENT_CAMPAIGN":
      return `${price} until ${form.campaignEventText.trim() || "…"} (${date(form.campaignEventDate)}), then ordinary price ${ordinary}`;
    case "FULL_FLEX_CAMPAIGN":
      return `${price} ${intervalText(form.campaignIntervalUnit || null, checkInt(form.campaignIntervalCount, 1, 31))} until ${date(form.campaignEnd)}, then ordinary price ${ordinary}`;
    default:
      return null;
  }
}

function initialChargeText(form: TProductForm, market: Market, amount: string): string {
  const description = form.initialChargeDescription.trim() || "Initial charge";
  const price = form.prices[market];
  // FACTS §7.6: an initial charge equal to the first price is not listed apart ("pay and start").
  const first = form.campaignType && form.pricingType === "LEGACY" ? price.campaignPrice : price.amount;
  const same = parseMoney(first) !== null && parseMoney(first) === parseMoney(price.initialChargeAmount);
  const how =
    form.initialChargeTransactionType === "RESERVE_CAPTURE" ? "reserved now, taken when we ship" : "paid now";
  return same
    ? `${description}: ${amount}, ${how} (the button reads “Pay and start”)`
    : `${description}: ${amount}, ${how}`;
}
