// Plain-language texts for prices, intervals, offers and first payments, in the visitor's language.
// Pure functions of a translator, so server pages and client forms say exactly the same thing.
import type { TTranslator } from "@/lib/i18n/translator";
import type { TInterval, TPlanTerms } from "@/lib/schemas/customer-portal";
import type { TBrand } from "@/components/brand/brand";

type TUnitKey = `${TInterval["unit"]}_${"one" | "other"}`;

export function everyText(t: TTranslator, interval: TInterval | null): string {
  if (!interval) return "";
  const key = `${interval.unit}_${interval.count === 1 ? "one" : "other"}` as TUnitKey;
  return t.format(t.m.plan.every[key], { count: interval.count });
}

function firstText(t: TTranslator, period: TInterval): string {
  const key = `${period.unit}_${period.count === 1 ? "one" : "other"}` as TUnitKey;
  return t.format(t.m.plan.first[key], { count: period.count });
}

/**
 * "299 kr per month"; a variable product "You choose the amount, up to 500 kr per month" (its cap);
 * a variable agreement "300 kr per month, the amount you chose"; "Pay for what you use".
 */
export function priceText(t: TTranslator, terms: TPlanTerms): string {
  const every = everyText(t, terms.interval);
  if (terms.pricingType === "VARIABLE" && terms.amount !== null) {
    return t
      .format(t.m.plan.chosen, { price: t.money(terms.amount, terms.currency), interval: every })
      .trim();
  }
  if (terms.pricingType === "VARIABLE" && terms.suggestedMaxAmount !== null) {
    return t
      .format(t.m.plan.variable, { max: t.money(terms.suggestedMaxAmount, terms.currency), interval: every })
      .trim();
  }
  if (terms.pricingType === "FLEXIBLE" || terms.amount === null) return t.m.plan.flexible;
  return t.format(t.m.plan.price, { price: t.money(terms.amount, terms.currency), interval: every }).trim();
}

/** The offer, stated with its end and the price after it; null without a campaign. */
export function campaignText(t: TTranslator, terms: TPlanTerms): string | null {
  const c = terms.campaign;
  if (!c || terms.amount === null) return null;
  const values = {
    price: t.money(c.price, terms.currency),
    normal: priceText(t, terms),
    interval: everyText(t, terms.interval),
    date: c.end ? t.date(c.end) : "",
  };
  switch (c.type) {
    case "PRICE_CAMPAIGN":
    case "FULL_FLEX_CAMPAIGN":
      return c.end ? t.format(t.m.plan.campaignPrice, values) : null;
    case "PERIOD_CAMPAIGN":
      return c.period
        ? t.format(t.m.plan.campaignPeriod, { ...values, period: firstText(t, c.period) })
        : null;
    case "EVENT_CAMPAIGN":
      return c.eventDate
        ? t.format(t.m.plan.campaignEvent, { ...values, date: t.date(c.eventDate), event: c.eventText ?? "" })
        : null;
  }
}

/** The first payment at approval, and whether it is taken at once or reserved until shipping. */
export function initialChargeText(t: TTranslator, terms: TPlanTerms): string | null {
  const initial = terms.initialCharge;
  if (!initial) return null;
  const template =
    initial.transactionType === "RESERVE_CAPTURE" ? t.m.plan.initialReserve : t.m.plan.initialDirect;
  return t.format(template, {
    amount: t.money(initial.amount, terms.currency),
    description: initial.description,
  });
}

export function continueLabel(t: TTranslator, brand: TBrand): string {
  return brand === "Vipps" ? t.m.brand.continueWithVipps : t.m.brand.continueWithMobilePay;
}
