import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

/** ctx.merchantId's sales units a checklist can be made for: test units first (the verification runs only there). */
export const listChecklistUnits = async (ctx: TServerContext) => {
  const units = await db.salesUnit.findMany({
    where: { merchantId: ctx.merchantId },
    select: { id: true, name: true, msn: true, environment: true, market: true },
    orderBy: [{ environment: "desc" }, { createdAt: "asc" }],
  });
  return units;
};
