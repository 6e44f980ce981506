import "server-only";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { machineMs, machineNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { env, requireEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { systemContext } from "@/lib/server/context/build-context";
import { isStorableJson } from "@/lib/schemas/text";
import { isFreshWebhookDate, verifyWebhook } from "@/lib/vipps/webhook-signature";
import { kickDrain } from "./kick-drain";
import { storeWebhookEvent } from "./store-webhook-event";
import { webhookIdentity, ZWebhookPayload } from "@/lib/vipps/webhook-payload";

export type TWebhookRequest = {
  rawBody: string;
  headers: { date: string | null; contentSha256: string | null; authorization: string | null };
};

export type TWebhookResponse = { status: 200 | 400 | 401; body: Record<string, unknown> };

/**
 * A delivery from Vipps: the HMAC signature is checked on the raw body against the secret and URL
 * we registered for the sales unit (the payload's msn first, else every unit with a webhook), so a
 * forged or altered delivery is refused with 401 before anything is stored, and so is a signed one
 * whose x-ms-date is more than five minutes from Abo's clock (a replay). Nobody is known before the
 * signature names the sales unit; from there on the delivery is handled in a system context of that
 * unit's merchant (whose `now` is the clock the date is checked against). A signed payload with text
 * PostgreSQL cannot store (NUL, a lone surrogate) is refused with 400 and nothing stored. The event
 * is stored once (a redelivery only counts up `deliveries`; concurrent deliveries share one INSERT,
 * see storeWebhookEvent) and the webhooks.drain job is asked to apply it (one job for many
 * deliveries: see kickDrain).
 */
export const receiveWebhook = async (request: TWebhookRequest): Promise<TWebhookResponse> => {
  let json: unknown;
  try {
    json = JSON.parse(request.rawBody);
  } catch {
    json = undefined;
  }
  const msn =
    json && typeof json === "object" && typeof (json as { msn?: unknown }).msn === "string"
      ? (json as { msn: string }).msn
      : null;
  const signer = await findSigner(request, msn);
  if (!signer) return { status: 401, body: { error: "invalid signature" } };
  const ctx = await systemContext({ merchantId: signer.merchantId });
  // Abo's clock; in time-travel runs also the wall clock, which the emulator signs with.
  const clocks = env().ALLOW_TIME_TRAVEL ? [ctx.now, machineNow()] : [ctx.now];
  if (!isFreshWebhookDate(request.headers.date, clocks))
    return { status: 401, body: { error: "x-ms-date missing or more than 5 minutes from our clock" } };
  const salesUnitId = signer.id;

  if (!isStorableJson(json)) {
    logger.warn({ salesUnitId }, "signed webhook with text we cannot store");
    return {
      status: 400,
      body: { error: "payload has text that cannot be stored (a NUL character or a lone UTF-16 surrogate)" },
    };
  }
  const parsed = ZWebhookPayload.safeParse(json);
  if (!parsed.success) {
    logger.warn(
      { salesUnitId, issues: parsed.error.issues },
      "signed webhook with a payload we do not understand",
    );
    return { status: 400, body: { error: "unexpected payload" } };
  }
  const event = parsed.data;
  const stored = await storeWebhookEvent(webhookIdentity(event), event);
  // A redelivery of an event not processed yet asks again (applying is idempotent).
  if (!stored.processed) kickDrain();
  return { status: 200, body: { received: true, duplicate: stored.duplicate } };
};

// Decrypted webhook secrets by their ciphertext: a new secret is a new ciphertext, so a rotated
// one is never served from here. A handful of entries (one per sales unit and registration).
const secrets = new Map<string, string>();
const secretOf = (sealed: string) => {
  let plain = secrets.get(sealed);
  if (plain === undefined) {
    if (secrets.size > 1000) secrets.clear();
    plain = decryptSecret(sealed, requireEnv("ENCRYPTION_KEY"));
    secrets.set(sealed, plain);
  }
  return plain;
};

type TSigner = {
  id: string;
  merchantId: string;
  msn: string;
  webhookUrl: string | null;
  webhookSecretEnc: string | null;
};

// The units that take webhooks, read at most once a second per process (a burst is thousands of
// deliveries a second). A delivery none of them verifies is checked again against a fresh read
// before it is refused, so a new or rotated secret works at once; a removed one may still verify
// for up to a second.
const UNITS_TTL_MS = 1000;
let cachedUnits: { at: number; units: Promise<TSigner[]> } | undefined;
const readUnits = (fresh: boolean): Promise<TSigner[]> => {
  if (fresh || !cachedUnits || machineMs() - cachedUnits.at > UNITS_TTL_MS) {
    const units = db.salesUnit.findMany({
      where: { webhookSecretEnc: { not: null }, webhookUrl: { not: null } },
      select: { id: true, merchantId: true, msn: true, webhookUrl: true, webhookSecretEnc: true },
    });
    cachedUnits = { at: machineMs(), units };
    units.catch(() => (cachedUnits = undefined));
  }
  return cachedUnits.units;
};

async function findSigner(request: TWebhookRequest, msn: string | null): Promise<TSigner | null> {
  for (const fresh of [false, true]) {
    // The unit the payload names first; without a match, every unit (a partner may omit the msn).
    const units = [...(await readUnits(fresh))].sort((a, b) => Number(b.msn === msn) - Number(a.msn === msn));
    for (const unit of units) {
      const secret = secretOf(unit.webhookSecretEnc!);
      if (verifyWebhook(secret, unit.webhookUrl!, request.headers, request.rawBody).ok) return unit;
    }
  }
  return null;
}
