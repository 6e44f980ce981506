import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { MARKET_PRICE_SELECT, PRODUCT_TERMS_SELECT, productTerms } from "./plan-terms";
import type { TShopProduct } from "./types";

const SELECT = {
  slug: true,
  name: true,
  description: true,
  scope: true,
  ...PRODUCT_TERMS_SELECT,
} as const;

/** The products on sale in a market (LIVE, with a price there), in the merchant's order. */
export const listProducts = async ({
  market,
  slug,
}: {
  market: Market;
  slug?: string;
}): Promise<TShopProduct[]> => {
  const products = await db.product.findMany({
    where: { status: "LIVE", slug, prices: { some: { market } } },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: {
      ...SELECT,
      prices: {
        where: { market },
        select: MARKET_PRICE_SELECT,
      },
    },
  });
  return products.map(({ prices, scope, ...product }) => ({
    slug: product.slug,
    name: product.name,
    description: product.description,
    market,
    terms: productTerms(product, prices[0]!),
    sharesProfile: Boolean(scope),
  }));
};
