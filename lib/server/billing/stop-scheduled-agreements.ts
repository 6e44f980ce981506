import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { logger } from "@/lib/logger";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import { systemContext } from "@/lib/server/context/build-context";

/**
 * Stops at Vipps the agreements whose stop at period end (scheduleStop) has come. The cause stays
 * what scheduleStop recorded (the customer or staff), the actor is the system that carries it out.
 */
export const stopScheduledAgreements = async (options: { limit?: number } = {}) => {
  const at = await now();
  const due = await db.agreement.findMany({
    where: { status: "ACTIVE", stopAt: { lte: at } },
    select: { id: true, merchantId: true, stopCause: true, stopReason: true },
    orderBy: { stopAt: "asc" },
    take: options.limit ?? 200,
  });
  let stopped = 0;
  for (const agreement of due) {
    try {
      await stopAgreement(await systemContext({ merchantId: agreement.merchantId }), {
        agreementId: agreement.id,
        cause: agreement.stopCause ?? "STAFF",
        reason: agreement.stopReason ?? "Ended at the end of the paid period",
      });
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
