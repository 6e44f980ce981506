// Wire shapes of the Recurring v3 responses (AgreementResponseV3, ChargeResponseV3).
import { landingDomain } from "./brand";
import { campaignExplanation, intervalText } from "./intervals";
import { addPeriod, isoDateTime } from "./time";
import type { Agreement, Campaign, Charge } from "./types";

export const confirmationPath = "/dwo-api-application/v1/deeplink/vippsgateway";

/**
 * The landing page is served by the emulator itself, so its URL keeps the emulator's host. For
 * Denmark and Finland it names the production host it stands for, by the emulator's clock, in
 * `landing` (pay.mobilepay.dk until 12 January 2027, pay.vipps.dk from then; the page ignores it),
 * so merchants can test that they follow whatever URL they are given.
 */
export function confirmationUrl(
  agreement: Pick<Agreement, "confirmationToken" | "isApp" | "countryCode">,
  publicUrl: string,
  at: number,
): string {
  const landing = landingDomain(agreement.countryCode, at);
  const query = `?v=2&token=${agreement.confirmationToken}${landing ? `&landing=${landing}` : ""}`;
  // isApp:true gets the test app's deeplink scheme instead of the landing page (FACTS §8).
  if (agreement.isApp) return `vippsMT://${confirmationPath.slice(1)}${query}`;
  return `${publicUrl}${confirmationPath}${query}`;
}

export const userinfoUrl = (sub: string, publicUrl: string): string =>
  `${publicUrl}/vipps-userinfo-api/userinfo/${sub}`;

/** A PERIOD campaign ends one campaign period after the agreement starts (or, while pending, after drafting). */
export function campaignEnd(
  agreement: Pick<Agreement, "start" | "created">,
  campaign: Campaign,
): number | undefined {
  if (campaign.type === "PERIOD_CAMPAIGN" && campaign.period)
    return addPeriod(agreement.start ?? agreement.created, campaign.period);
  return campaign.end;
}

function campaignView(agreement: Agreement, campaign: Campaign): Record<string, unknown> {
  const end = campaignEnd(agreement, campaign);
  const explanation = campaignExplanation(agreement, { ...campaign, end });
  const base = { type: campaign.type, price: campaign.price };
  switch (campaign.type) {
    case "PRICE_CAMPAIGN":
      return { ...base, end: isoDateTime(end ?? 0), explanation };
    case "PERIOD_CAMPAIGN":
      return { ...base, period: campaign.period, end: isoDateTime(end ?? 0), explanation };
    case "EVENT_CAMPAIGN":
      return {
        ...base,
        eventDate: isoDateTime(campaign.eventDate ?? 0),
        eventText: campaign.eventText,
        explanation,
      };
    case "FULL_FLEX_CAMPAIGN":
      return { ...base, interval: campaign.interval, end: isoDateTime(end ?? 0), explanation };
  }
}

function pricingView(agreement: Agreement): Record<string, unknown> {
  const { pricing } = agreement;
  if (pricing.type === "LEGACY")
    return { type: "LEGACY", currency: pricing.currency, amount: pricing.amount };
  if (pricing.type === "VARIABLE")
    return {
      type: "VARIABLE",
      currency: pricing.currency,
      suggestedMaxAmount: pricing.suggestedMaxAmount,
      maxAmount: pricing.maxAmount,
    };
  return { type: "FLEXIBLE", currency: pricing.currency };
}

/** `at`: the emulator's clock, which decides the landing domain of DK/FI confirmation URLs. */
export function agreementView(agreement: Agreement, publicUrl: string, at: number): Record<string, unknown> {
  const view: Record<string, unknown> = {
    campaign: agreement.campaign ? campaignView(agreement, agreement.campaign) : null,
    pricing: pricingView(agreement),
    id: agreement.id,
    interval: agreement.interval
      ? {
          unit: agreement.interval.unit,
          count: agreement.interval.count,
          text: intervalText(agreement.interval),
        }
      : { text: intervalText(null) },
    productName: agreement.productName,
  };
  if (agreement.productDescription !== undefined) view.productDescription = agreement.productDescription;
  view.created = isoDateTime(agreement.created);
  view.start = agreement.start === null ? null : isoDateTime(agreement.start);
  view.stop = agreement.stop === null ? null : isoDateTime(agreement.stop);
  view.status = agreement.status;
  if (agreement.merchantAgreementUrl !== undefined)
    view.merchantAgreementUrl = agreement.merchantAgreementUrl;
  view.merchantRedirectUrl = agreement.merchantRedirectUrl;
  view.sub = agreement.sub;
  view.userinfoUrl = agreement.sub ? userinfoUrl(agreement.sub, publicUrl) : null;
  if (agreement.externalId !== undefined) view.externalId = agreement.externalId;
  view.countryCode = agreement.countryCode;
  view.uuid = agreement.uuid;
  view.vippsConfirmationUrl = confirmationUrl(agreement, publicUrl, at);
  return view;
}

export function chargeView(
  charge: Charge,
  agreement: Pick<Agreement, "externalId"> | undefined,
): Record<string, unknown> {
  const view: Record<string, unknown> = {
    amount: charge.amount,
    currency: charge.currency,
    description: charge.description,
    due: `${charge.due}T00:00:00Z`,
    id: charge.id,
    agreementId: charge.agreementId,
    // Both schemas require a non-empty externalId; without one the charge id stands in (as orderId does in reports).
    externalId: charge.externalId ?? charge.id,
  };
  if (agreement?.externalId !== undefined) view.externalAgreementId = agreement.externalId;
  view.retryDays = charge.retryDays;
  view.status = charge.status;
  view.transactionId = charge.transactionId;
  view.type = charge.type;
  view.transactionType = charge.transactionType;
  view.failureReason = charge.failureReason;
  if (charge.failureDescription !== null) view.failureDescription = charge.failureDescription;
  view.summary = { captured: charge.captured, refunded: charge.refunded, cancelled: charge.cancelled };
  view.history = charge.history.map((h) => ({
    occurred: isoDateTime(h.occurred),
    event: h.event,
    amount: h.amount,
    idempotencyKey: h.idempotencyKey,
    success: h.success,
  }));
  return view;
}
