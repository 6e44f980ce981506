import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";
import { listProducts } from "./list-products";
import type { TShopProduct } from "@/lib/schemas/customer-portal";

/** One product on sale in a market, or null (not LIVE, unknown, or no price there). */
export const getProduct = async ({
  slug,
  market,
  locale,
}: {
  slug: string;
  market: Market;
  locale: TLocale;
}): Promise<TShopProduct | null> => (await listProducts({ market, locale, slug }))[0] ?? null;
