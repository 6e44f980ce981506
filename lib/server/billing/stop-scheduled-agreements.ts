import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * Stops at Vipps the agreements (of every merchant) whose stop at period end (scheduleStop) has
 * come by `ctx.now`. The cause stays what scheduleStop recorded (the customer or staff), the actor is
 * the context's (the system, in the agreements.stop-scheduled job) that carries it out.
 */
export const stopScheduledAgreements = async (ctx: TServerContext, options: { limit?: number } = {}) => {
  const due = await db.agreement.findMany({
    where: { status: "ACTIVE", stopAt: { lte: ctx.now } },
    select: { id: true, merchantId: true, stopCause: true, stopReason: true },
    orderBy: { stopAt: "asc" },
    take: options.limit ?? 200,
  });
  let stopped = 0;
  for (const agreement of due) {
    try {
      // The run's context, for the agreement's own merchant (the run serves every merchant).
      await stopAgreement(
        { ...ctx, merchantId: agreement.merchantId },
        {
          agreementId: agreement.id,
          cause: agreement.stopCause ?? "STAFF",
          reason: agreement.stopReason ?? "Ended at the end of the paid period",
        },
      );
      stopped++;
    } catch (error) {
      logger.warn(
        { err: error, agreementId: agreement.id },
        "scheduled stop not done yet; it is tried again on the next run",
      );
    }
  }
  return { due: due.length, stopped };
};
