import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

/** Gives claimed charges back, to be tried again `afterMs` after the batch's now (`ctx.now`). */
export const releaseCharges = async (ctx: TServerContext, ids: string[], afterMs: number): Promise<void> => {
  if (ids.length === 0) return;
  await db.charge.updateMany({
    where: { id: { in: ids }, sendState: "PLANNED" },
    data: { nextPollAt: new Date(ctx.now.getTime() + afterMs) },
  });
};
