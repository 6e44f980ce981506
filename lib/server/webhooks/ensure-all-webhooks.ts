import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { isRetryable } from "@/lib/vipps/errors";
import { ensureWebhookRegistered } from "./ensure-webhook";

export type TEnsureAllResult = { ensured: number; repaired: number; refused: number };

/**
 * The webhooks.ensure job, run when a worker starts and hourly: every sales unit of the context's
 * merchant's active environment gets its webhook. A registration Vipps no longer has (deleted after
 * two weeks unanswered, or removed elsewhere) is made again and the repair audited (as the context's
 * actor: the job's is SYSTEM) with what was wrong, which the System page shows. A refusal (e.g. Vipps will not deliver to a non-public URL, or
 * 25 registrations per event are used) is stored on the unit and logged; an outage makes the job fail
 * so it is retried.
 */
export const ensureAllWebhooks = async (ctx: TServerContext): Promise<TEnsureAllResult> => {
  const units = await db.salesUnit.findMany({
    where: { merchantId: ctx.merchantId },
    include: { merchant: { select: { activeEnvironment: true } } },
  });
  const result: TEnsureAllResult = { ensured: 0, repaired: 0, refused: 0 };
  let outage: unknown;
  for (const unit of units.filter((u) => u.environment === u.merchant.activeEnvironment)) {
    try {
      const ensured = await ensureWebhookRegistered(ctx, unit.id);
      result.ensured++;
      if (ensured.repaired) {
        result.repaired++;
        await recordAudit(ctx, {
          action: "sales-unit.webhook-repaired",
          target: { type: "sales-unit", id: unit.id },
          reason: ensured.repaired,
          before: { webhookId: unit.webhookId, url: unit.webhookUrl },
          after: { webhookId: ensured.id, url: ensured.url },
        });
      }
    } catch (error) {
      if (isRetryable(error)) outage = error;
      else {
        result.refused++;
        logger.warn(
          { err: error, salesUnitId: unit.id, msn: unit.msn },
          "webhook registration refused; relying on polling for this sales unit",
        );
      }
    }
  }
  if (outage) throw outage;
  return result;
};
