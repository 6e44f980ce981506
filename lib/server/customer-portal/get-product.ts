import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import { listProducts } from "./list-products";
import type { TShopProduct } from "./types";

/** One product on sale in a market, or null (not LIVE, unknown, or no price there). */
export const getProduct = async ({
  slug,
  market,
}: {
  slug: string;
  market: Market;
}): Promise<TShopProduct | null> => (await listProducts({ market, slug }))[0] ?? null;
