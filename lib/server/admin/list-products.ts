import "server-only";
import { db } from "@/lib/db";
import type { IntervalUnit } from "@/lib/generated/prisma/enums";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TProductRow = {
  id: string;
  name: string;
  slug: string;
  status: "DRAFT" | "LIVE" | "ARCHIVED";
  pricingType: "LEGACY" | "VARIABLE" | "FLEXIBLE";
  intervalUnit: IntervalUnit | null;
  intervalCount: number | null;
  campaignType: string | null;
  prices: { market: string; currency: string; amount: number | null; suggestedMaxAmount: number | null }[];
  agreements: number;
};

/** Every product of the context's shop, live first, with its prices and how many agreements it has. */
export const listProducts = async (ctx: TServerContext): Promise<TProductRow[]> => {
  const products = await db.product.findMany({
    where: { merchantId: ctx.merchantId },
    orderBy: [{ status: "asc" }, { sortOrder: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      pricingType: true,
      intervalUnit: true,
      intervalCount: true,
      campaignType: true,
      prices: {
        select: { market: true, currency: true, amount: true, suggestedMaxAmount: true },
        orderBy: { market: "asc" },
      },
      _count: { select: { agreements: true } },
    },
  });
  const order = { LIVE: 0, DRAFT: 1, ARCHIVED: 2 } as const;
  return products
    .map(({ _count, ...product }) => ({ ...product, agreements: _count.agreements }))
    .sort((a, b) => order[a.status] - order[b.status]);
};
