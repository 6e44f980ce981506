import "server-only";
import type { Market } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";

const ORDER: Market[] = ["NO", "DK", "FI"];

/** The markets the shop sells in: a sales unit in the merchant's active environment. */
export const listMarkets = async (): Promise<Market[]> => {
  const merchant = await db.merchant.findFirst({ select: { activeEnvironment: true } });
  if (!merchant) return [];
  const units = await db.salesUnit.findMany({
    where: { environment: merchant.activeEnvironment },
    select: { market: true },
    distinct: ["market"],
  });
  const markets = new Set(units.map((u) => u.market));
  return ORDER.filter((m) => markets.has(m));
};
