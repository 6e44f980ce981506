import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { isRetryable } from "@/lib/vipps/errors";
import { ensureWebhookRegistered } from "./ensure-webhook";

/**
 * The webhooks.ensure job, run when a worker starts: every sales unit of each merchant's active
 * environment gets its webhook. A refusal (e.g. Vipps will not deliver to a non-public URL) is
 * logged and left; an outage makes the job fail so it is retried.
 */
export const ensureAllWebhooks = async (): Promise<{ ensured: number; refused: number }> => {
  const units = await db.salesUnit.findMany({
    include: { merchant: { select: { activeEnvironment: true } } },
  });
  let ensured = 0;
  let refused = 0;
  let outage: unknown;
  for (const unit of units.filter((u) => u.environment === u.merchant.activeEnvironment)) {
    try {
      await ensureWebhookRegistered(unit.id);
      ensured++;
    } catch (error) {
      if (isRetryable(error)) outage = error;
      else {
        refused++;
        logger.warn(
          { err: error, salesUnitId: unit.id, msn: unit.msn },
          "webhook registration refused; relying on polling for this sales unit",
        );
      }
    }
  }
  if (outage) throw outage;
  return { ensured, refused };
};
