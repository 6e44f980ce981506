import "server-only";
import { createHash } from "node:crypto";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { env, requireEnv } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { RECURRING_WEBHOOK_EVENTS } from "@/lib/vipps/client";

/** Where Vipps delivers: WEBHOOK_URL when set (e.g. a tunnel), else APP_URL/api/webhooks/vipps. */
export function webhookUrl(): string {
  return env().WEBHOOK_URL ?? `${env().APP_URL.replace(/\/$/, "")}/api/webhooks/vipps`;
}

/**
 * Makes sure Vipps delivers every Recurring event of a sales unit to Abo (Webhooks API v1): when
 * our registration is missing, points elsewhere or lacks an event, a new one is made and its id,
 * URL and secret (returned only once) are stored, the secret encrypted. Registrations at our URL
 * whose secret we do not hold are removed (their deliveries could never be verified).
 * The Idempotency-Key is derived from the unit, the URL and the registration it replaces, so a
 * crash between registering and storing gets the same registration (and secret) back on retry.
 */
export const ensureWebhookRegistered = async (
  salesUnitId: string,
  options: { url?: string } = {},
): Promise<{ id: string; url: string; created: boolean }> => {
  const unit = await db.salesUnit.findUnique({
    where: { id: salesUnitId },
    omit: { webhookSecretEnc: false },
  });
  if (!unit) throw notFound("The sales unit");
  const url = options.url ?? webhookUrl();
  const client = await getVippsClient(salesUnitId);
  const { webhooks } = await client.listWebhooks();
  const current = webhooks.find((w) => w.id === unit.webhookId);
  if (
    current &&
    current.url === url &&
    unit.webhookUrl === url &&
    unit.webhookSecretEnc &&
    RECURRING_WEBHOOK_EVENTS.every((e) => current.events.includes(e))
  ) {
    return { id: current.id, url, created: false };
  }

  const key = `whk-${createHash("sha256")
    .update(`${unit.id}|${url}|${unit.webhookId ?? ""}`)
    .digest("base64url")
    .slice(0, 32)}`;
  const registered = await client.registerWebhook(
    { url, events: [...RECURRING_WEBHOOK_EVENTS] },
    { idempotencyKey: key },
  );
  await db.salesUnit.update({
    where: { id: unit.id },
    data: {
      webhookId: registered.id,
      webhookUrl: url,
      webhookSecretEnc: encryptSecret(registered.secret, requireEnv("ENCRYPTION_KEY")),
      webhookRegisteredAt: new Date(),
    },
  });
  const stale = webhooks.filter((w) => w.id !== registered.id && (w.url === url || w.id === unit.webhookId));
  for (const webhook of stale) {
    await client
      .deleteWebhook(webhook.id, { idempotencyKey: `whd-${webhook.id}`.slice(0, 40) })
      .catch((error: unknown) =>
        logger.warn({ err: error, webhookId: webhook.id }, "could not remove a stale webhook registration"),
      );
  }
  logger.info(
    { salesUnitId, webhookId: registered.id, url, replaced: stale.map((w) => w.id) },
    "webhook registered",
  );
  return { id: registered.id, url, created: true };
};
