import { formatAmount } from "./money";
import { isoDate } from "./time";
import type { Agreement, Campaign, Period } from "./types";

const UNIT_WORD: Record<Period["unit"], [string, string]> = {
  DAY: ["day", "days"],
  WEEK: ["week", "weeks"],
  MONTH: ["month", "months"],
  YEAR: ["year", "years"],
};

/** The phrase the app shows under the price, e.g. "every 2 weeks". */
export function intervalText(period: Period | null): string {
  if (!period) return "when used";
  const [one, many] = UNIT_WORD[period.unit];
  return period.count === 1 ? `every ${one}` : `every ${period.count} ${many}`;
}

export function periodText(period: Period): string {
  const [one, many] = UNIT_WORD[period.unit];
  return period.count === 1 ? `1 ${one}` : `${period.count} ${many}`;
}

const shortDate = (ms: number): string => {
  const [y, m, d] = isoDate(ms).split("-");
  return `${d}.${m}.${y}`;
};

/** The campaign's `explanation`: what the user is told about when the ordinary price starts. */
export function campaignExplanation(
  agreement: Pick<Agreement, "pricing" | "interval">,
  campaign: Campaign,
): string {
  const ordinary = `${formatAmount(agreement.pricing.amount ?? 0, agreement.pricing.currency)} ${intervalText(agreement.interval)}`;
  const price = formatAmount(campaign.price, agreement.pricing.currency);
  switch (campaign.type) {
    case "PRICE_CAMPAIGN":
      return `${price} ${intervalText(agreement.interval)} until ${shortDate(campaign.end ?? 0)}, then ordinary price ${ordinary}`;
    case "PERIOD_CAMPAIGN":
      return `${price} for ${periodText(campaign.period ?? { unit: "MONTH", count: 1 })}, then ordinary price ${ordinary} from ${shortDate(campaign.end ?? 0)}`;
    case "EVENT_CAMPAIGN":
      return `${price} until ${campaign.eventText ?? ""} (${shortDate(campaign.eventDate ?? 0)}), then ordinary price ${ordinary}`;
    case "FULL_FLEX_CAMPAIGN":
      return `${price} ${intervalText(campaign.interval ?? null)} until ${shortDate(campaign.end ?? 0)}, then ordinary price ${ordinary}`;
  }
}

/** The line shown on the landing page for the agreement's price. */
export function priceText(agreement: Pick<Agreement, "pricing" | "interval">): string {
  const { pricing } = agreement;
  if (pricing.type === "LEGACY")
    return `${formatAmount(pricing.amount ?? 0, pricing.currency)} ${intervalText(agreement.interval)}`;
  if (pricing.type === "VARIABLE")
    return `Variable amount, suggested maximum ${formatAmount(pricing.suggestedMaxAmount ?? 0, pricing.currency)} ${intervalText(agreement.interval)}`;
  return `Flexible amount, charged ${intervalText(agreement.interval)}`;
}
