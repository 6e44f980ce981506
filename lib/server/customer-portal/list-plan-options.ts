import "server-only";
import type { Market, PlanChangeCampaign, PricingType } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { productTextFor, productTextsSelect } from "@/lib/domain/product-text";
import type { TLocale } from "@/lib/i18n/locales";
import type { TServerContext } from "@/lib/server/context/server-context";
import { MARKET_PRICE_SELECT, PRODUCT_TERMS_SELECT, productTerms } from "./plan-terms";
import type { TPlanOption } from "@/lib/schemas/customer-portal";

/**
 * The plans an agreement may switch to: other LIVE products in the same plan group, with the same
 * pricing type (Vipps cannot change it) and a price in the agreement's market; and what the current
 * product says a change does to a running campaign (lib/domain/plan-change.ts). Only the context's
 * merchant's products.
 */
export const listPlanOptions = async (
  ctx: TServerContext,
  {
    productId,
    pricingType,
    market,
    locale,
  }: {
    productId: string | null;
    pricingType: PricingType;
    market: Market;
    /** Customer pages: each plan named in this language where the merchant gave one (absent: the plan's own name). */
    locale?: TLocale;
  },
): Promise<{ options: TPlanOption[]; rule: PlanChangeCampaign }> => {
  if (!productId) return { options: [], rule: "KEEP" };
  const current = await db.product.findFirst({
    where: { id: productId, merchantId: ctx.merchantId },
    select: { planGroup: true, merchantId: true, planChangeCampaign: true },
  });
  const rule = current?.planChangeCampaign ?? "KEEP";
  if (!current?.planGroup) return { options: [], rule };
  const products = await db.product.findMany({
    where: {
      merchantId: current.merchantId,
      planGroup: current.planGroup,
      pricingType,
      status: "LIVE",
      id: { not: productId },
      prices: { some: { market } },
    },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: {
      slug: true,
      name: true,
      description: true,
      ...(locale ? productTextsSelect(locale) : {}),
      ...PRODUCT_TERMS_SELECT,
      prices: {
        where: { market },
        select: MARKET_PRICE_SELECT,
      },
    },
  });
  const options = products.map((p) => ({
    slug: p.slug,
    ...(locale ? productTextFor(p, locale) : { name: p.name, description: p.description }),
    // The new plan's own campaign and first-payment offer are for new sign-ups (Vipps cannot add
    // a campaign to an agreement); what happens to the running one is the rule's.
    terms: { ...productTerms(p, p.prices[0]!), campaign: null, initialCharge: null },
  }));
  return { options, rule };
};
