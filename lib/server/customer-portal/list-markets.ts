import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

const ORDER: Market[] = ["NO", "DK", "FI"];

/** The markets the shop sells in: a sales unit in the merchant's active environment. */
export const listMarkets = async (ctx: TServerContext): Promise<Market[]> => {
  const merchant = await db.merchant.findUnique({
    where: { id: ctx.merchantId },
    select: { activeEnvironment: true },
  });
  if (!merchant) return [];
  const units = await db.salesUnit.findMany({
    where: { merchantId: ctx.merchantId, environment: merchant.activeEnvironment },
    select: { market: true },
    distinct: ["market"],
  });
  const markets = new Set(units.map((u) => u.market));
  return ORDER.filter((m) => markets.has(m));
};
