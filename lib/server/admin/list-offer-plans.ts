import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TOfferPlan = { id: string; name: string; planGroup: string; pricingType: string };

/** Products a stop offer may name (grouped ones other than this), for the editor's list. */
export const listOfferPlans = async (
  ctx: TServerContext,
  exceptProductId?: string,
): Promise<TOfferPlan[]> => {
  const rows = await db.product.findMany({
    where: {
      merchantId: ctx.merchantId,
      planGroup: { not: null },
      status: { not: "ARCHIVED" },
      ...(exceptProductId ? { NOT: { id: exceptProductId } } : {}),
    },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, planGroup: true, pricingType: true },
  });
  return rows.map((r) => ({ ...r, planGroup: r.planGroup! }));
};
