import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import type { TServerContext } from "@/lib/server/context/server-context";
import { listProducts } from "./list-products";
import type { TShopProduct } from "@/lib/schemas/customer-portal";

/** One product on sale in a market, or null (not LIVE, unknown, another merchant's, or no price there). */
export const getProduct = async (
  ctx: TServerContext,
  { slug, market }: { slug: string; market: Market },
): Promise<TShopProduct | null> => (await listProducts(ctx, { market, slug }))[0] ?? null;
