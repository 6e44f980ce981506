import "server-only";
import { db } from "@/lib/db";
import { addDays, monthlyValue, toDateOnly } from "@/lib/domain/periods";
import { listPlanOptions } from "./list-plan-options";
import { MAX_PAUSE_DAYS } from "./pause-subscription";
import { previewPause } from "./preview-pause";
import type { TServerContext } from "@/lib/server/context/server-context";
import { requireOwnAgreement } from "./require-own-agreement";
import type { TPlanTerms, TStopOfferDto } from "@/lib/schemas/customer-portal";

/** A price per month for comparing plans of one pricing type (LEGACY price, VARIABLE ceiling). */
const perMonth = (terms: Pick<TPlanTerms, "amount" | "suggestedMaxAmount" | "interval">) => {
  const amount = terms.amount ?? terms.suggestedMaxAmount;
  return amount === null || !terms.interval ? null : monthlyValue(amount, terms.interval);
};

/**
 * The offer the product's merchant set for customers about to stop, if it fits this subscription
 * now: a pause only where a pause is possible, a plan only if it is one the customer may switch to
 * and costs less per month. Reads only; someone else's agreement is not found. The offered plan is
 * named in the customer's language (the context's locale; the merchant may give one per language).
 */
export const getStopOffer = async (
  ctx: TServerContext,
  input: { agreementId: string },
): Promise<TStopOfferDto> => {
  const own = await requireOwnAgreement(ctx, input.agreementId);
  const agreement = await db.agreement.findFirst({
    where: { id: own.id, status: "ACTIVE", stopAt: null },
    select: {
      id: true,
      productId: true,
      pricingType: true,
      market: true,
      amount: true,
      suggestedMaxAmount: true,
      intervalUnit: true,
      intervalCount: true,
      billingAnchor: true,
      pausedUntil: true,
      campaignType: true,
      product: { select: { stopOffer: true, stopOfferPauseDays: true, stopOfferProductId: true } },
    },
  });
  const offer = agreement?.product;
  if (!agreement || !offer || offer.stopOffer === "NONE") return null;

  if (offer.stopOffer === "PAUSE") {
    if (agreement.pausedUntil || !agreement.billingAnchor || !agreement.intervalUnit) return null;
    const days = Math.min(MAX_PAUSE_DAYS, offer.stopOfferPauseDays ?? 30);
    const until = addDays(toDateOnly(ctx.now), days).toISOString().slice(0, 10);
    const { nextCharge } = await previewPause(ctx, { agreementId: agreement.id, until });
    return { kind: "PAUSE", until, nextCharge };
  }

  if (!offer.stopOfferProductId) return null;
  const target = await db.product.findFirst({
    where: { id: offer.stopOfferProductId, merchantId: ctx.merchantId },
    select: { slug: true },
  });
  const { options, rule } = await listPlanOptions(ctx, { ...agreement, locale: ctx.locale });
  // A product that blocks plan changes during a campaign would refuse the offer when accepted:
  // with a campaign on the agreement, make no plan offer rather than one that fails.
  if (rule === "BLOCK" && agreement.campaignType) return null;
  const plan = options.find((o) => o.slug === target?.slug);
  const current = perMonth({
    amount: agreement.amount,
    suggestedMaxAmount: agreement.suggestedMaxAmount,
    interval: agreement.intervalUnit
      ? { unit: agreement.intervalUnit, count: agreement.intervalCount ?? 1 }
      : null,
  });
  const offered = plan ? perMonth(plan.terms) : null;
  if (!plan || current === null || offered === null || offered >= current) return null;
  return { kind: "CHEAPER_PLAN", plan };
};
