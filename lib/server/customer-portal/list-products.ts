import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { productTextFor, productTextsSelect } from "@/lib/domain/product-text";
import type { TServerContext } from "@/lib/server/context/server-context";
import { MARKET_PRICE_SELECT, PRODUCT_TERMS_SELECT, productTerms } from "./plan-terms";
import type { TShopProduct } from "@/lib/schemas/customer-portal";

const SELECT = {
  slug: true,
  name: true,
  description: true,
  scope: true,
  ...PRODUCT_TERMS_SELECT,
} as const;

/**
 * The context's merchant's products on sale in a market (LIVE, with a price there), in the
 * merchant's order, named in the visitor's language (the context's locale) where the merchant gave one.
 */
export const listProducts = async (
  ctx: TServerContext,
  { market, slug }: { market: Market; slug?: string },
): Promise<TShopProduct[]> => {
  const { locale } = ctx;
  const products = await db.product.findMany({
    where: { merchantId: ctx.merchantId, status: "LIVE", slug, prices: { some: { market } } },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: {
      ...SELECT,
      ...productTextsSelect(locale),
      prices: {
        where: { market },
        select: MARKET_PRICE_SELECT,
      },
    },
  });
  return products.map(({ prices, scope, ...product }) => ({
    slug: product.slug,
    ...productTextFor(product, locale),
    market,
    terms: productTerms(product, prices[0]!),
    sharesProfile: Boolean(scope),
  }));
};
