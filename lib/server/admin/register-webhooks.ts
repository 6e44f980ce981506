import "server-only";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { toAppError } from "@/lib/server/vipps/to-app-error";
import { ensureWebhookRegistered } from "@/lib/server/webhooks/ensure-webhook";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";

/**
 * Registers Abo's webhook for every Recurring event of a sales unit of the context's merchant
 * (ensureWebhookRegistered); another merchant's unit is not found.
 */
export const registerWebhooks = async (
  ctx: TServerContext,
  input: { salesUnitId: string },
): Promise<{ url: string; created: boolean }> => {
  adminActor(ctx); // admins only: refuses anyone else
  const unit = await db.salesUnit.findFirst({
    where: { id: input.salesUnitId, merchantId: ctx.merchantId },
    select: { id: true },
  });
  if (!unit) throw new AppError("NOT_FOUND", "theSalesUnitWasNotFound");
  let result;
  try {
    result = await ensureWebhookRegistered(ctx, input.salesUnitId);
  } catch (error) {
    const mapped = toAppError(error);
    throw mapped instanceof AppError ? mapped : error;
  }
  await recordAudit(ctx, {
    action: "sales-unit.webhook-registered",
    target: { type: "sales-unit", id: input.salesUnitId },
    after: { webhookId: result.id, url: result.url, created: result.created },
  });
  return { url: result.url, created: result.created };
};
