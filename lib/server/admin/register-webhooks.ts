import "server-only";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import { toAppError } from "@/lib/server/vipps/to-app-error";
import { ensureWebhookRegistered } from "@/lib/server/webhooks/ensure-webhook";
import type { TAdminActor } from "./admin-actor";

/** Registers Abo's webhook for every Recurring event of a sales unit (ensureWebhookRegistered). */
export const registerWebhooks = async (input: {
  salesUnitId: string;
  actor: TAdminActor;
}): Promise<{ url: string; created: boolean }> => {
  let result;
  try {
    result = await ensureWebhookRegistered(input.salesUnitId);
  } catch (error) {
    const mapped = toAppError(error);
    throw mapped instanceof AppError ? mapped : error;
  }
  await recordAudit({
    actor: auditActor(input.actor),
    action: "sales-unit.webhook-registered",
    target: { type: "sales-unit", id: input.salesUnitId },
    after: { webhookId: result.id, url: result.url, created: result.created },
  });
  return { url: result.url, created: result.created };
};
