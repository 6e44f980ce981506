import "server-only";
import { machineNow } from "@/lib/clock";
import { createHash } from "node:crypto";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { toAppError } from "@/lib/server/vipps/to-app-error";
import { RECURRING_WEBHOOK_EVENTS } from "@/lib/vipps/client";
import { MAX_REGISTRATIONS_PER_EVENT, describeProblem } from "./check-webhook";
import { webhookUrl } from "./webhook-url";

export { webhookUrl };

export type TEnsured = {
  id: string;
  url: string;
  created: boolean;
  /** Set when an earlier registration was replaced: what was wrong with it. */
  repaired: string | null;
};

/**
 * Makes sure Vipps delivers every Recurring event of a sales unit to Abo (Webhooks API v1): when
 * our registration is missing (Vipps deletes one left unanswered for two weeks), points elsewhere
 * or lacks an event, a new one is made and its id, URL and secret (returned only once) are stored,
 * the secret encrypted. Registrations at our URL whose secret we do not hold are removed (their
 * deliveries could never be verified): after registering, or before when Vipps's limit of 25 per
 * event is reached and nothing new could be registered otherwise.
 * The Idempotency-Key is derived from the unit, the URL and the registration it replaces, so a
 * crash between registering and storing gets the same registration (and secret) back on retry.
 * Another merchant's unit is not found.
 */
export const ensureWebhookRegistered = async (
  ctx: TServerContext,
  salesUnitId: string,
  options: { url?: string } = {},
): Promise<TEnsured> => {
  const unit = await db.salesUnit.findFirst({
    where: { id: salesUnitId, merchantId: ctx.merchantId },
    omit: { webhookSecretEnc: false },
  });
  if (!unit) throw new AppError("NOT_FOUND", "theSalesUnitWasNotFound");
  const url = options.url ?? webhookUrl();
  const client = await getVippsClient(salesUnitId);
  const { webhooks } = await client.listWebhooks();
  const current = webhooks.find((w) => w.id === unit.webhookId) ?? null;
  const problem =
    describeProblem(unit, current, url) ??
    (unit.webhookUrl === url ? null : `Abo's record names ${unit.webhookUrl ?? "no URL"}, not ${url}.`);
  if (!problem) {
    await db.salesUnit.update({
      where: { id: unit.id, merchantId: ctx.merchantId },
      data: { webhookProblem: null, webhookCheckedAt: machineNow() },
    });
    return { id: current!.id, url, created: false, repaired: null };
  }

  const stale = webhooks.filter((w) => w.id !== unit.webhookId && w.url === url);
  const full = RECURRING_WEBHOOK_EVENTS.some(
    (e) => webhooks.filter((w) => w.events.includes(e)).length >= MAX_REGISTRATIONS_PER_EVENT,
  );
  if (full) await removeRegistrations(client, stale);

  const key = `whk-${createHash("sha256")
    // After clearing room at the limit, a fresh key: the old one might name a registration just removed.
    .update(`${unit.id}|${url}|${unit.webhookId ?? ""}${full ? "|full" : ""}`)
    .digest("base64url")
    .slice(0, 32)}`;
  let registered;
  try {
    registered = await client.registerWebhook(
      { url, events: [...RECURRING_WEBHOOK_EVENTS] },
      { idempotencyKey: key },
    );
  } catch (error) {
    const mapped = toAppError(error);
    await db.salesUnit.update({
      where: { id: unit.id, merchantId: ctx.merchantId },
      data: {
        webhookProblem: `${problem} Registering ${unit.webhookId ? "again " : ""}failed: ${mapped instanceof AppError ? mapped.message : String(error)}`,
        webhookCheckedAt: machineNow(),
      },
    });
    throw error;
  }
  await db.salesUnit.update({
    where: { id: unit.id, merchantId: ctx.merchantId },
    data: {
      webhookId: registered.id,
      webhookUrl: url,
      webhookSecretEnc: encryptSecret(registered.secret, requireEnv("ENCRYPTION_KEY")),
      webhookRegisteredAt: machineNow(),
      webhookProblem: null,
      webhookCheckedAt: machineNow(),
    },
  });
  const replaced = [...(full ? [] : stale), ...(current ? [current] : [])];
  await removeRegistrations(
    client,
    replaced.filter((w) => w.id !== registered.id),
  );
  const repaired = unit.webhookId ? problem : null;
  logger.info(
    { salesUnitId, webhookId: registered.id, url, replaced: replaced.map((w) => w.id), repaired },
    repaired ? "webhook registered again" : "webhook registered",
  );
  return { id: registered.id, url, created: true, repaired };
};

async function removeRegistrations(
  client: Awaited<ReturnType<typeof getVippsClient>>,
  webhooks: { id: string }[],
): Promise<void> {
  for (const webhook of webhooks) {
    await client
      .deleteWebhook(webhook.id, { idempotencyKey: `whd-${webhook.id}`.slice(0, 40) })
      .catch((error: unknown) =>
        logger.warn({ err: error, webhookId: webhook.id }, "could not remove a stale webhook registration"),
      );
  }
}
