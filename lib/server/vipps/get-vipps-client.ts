import "server-only";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { env, requireEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { createVippsClient, type VippsClient } from "@/lib/vipps/client";
import { recordVippsCall } from "./record-call";

const clients = new Map<string, { version: number; client: VippsClient }>();

/** The Vipps client for one sales unit, with its credentials decrypted on the server only. */
export const getVippsClient = async (salesUnitId: string): Promise<VippsClient> => {
  const unit = await db.salesUnit.findUnique({
    where: { id: salesUnitId },
    omit: { clientIdEnc: false, clientSecretEnc: false, subscriptionKeyEnc: false },
  });
  if (!unit) throw new AppError("NOT_FOUND", "salesUnitNotFound");
  const version = unit.updatedAt.getTime();
  const cached = clients.get(salesUnitId);
  if (cached?.version === version) return cached.client;

  const key = requireEnv("ENCRYPTION_KEY");
  const config = env();
  const client = createVippsClient(
    {
      baseUrl: unit.baseUrl,
      clientId: decryptSecret(unit.clientIdEnc, key),
      clientSecret: decryptSecret(unit.clientSecretEnc, key),
      subscriptionKey: decryptSecret(unit.subscriptionKeyEnc, key),
      merchantSerialNumber: unit.msn,
      systemName: config.VIPPS_SYSTEM_NAME,
      systemVersion: config.VIPPS_SYSTEM_VERSION,
      pluginName: config.VIPPS_SYSTEM_PLUGIN_NAME,
      pluginVersion: config.VIPPS_SYSTEM_PLUGIN_VERSION,
      timeoutMs: config.VIPPS_TIMEOUT_MS,
      maxAttempts: config.VIPPS_MAX_ATTEMPTS,
      maxInlineRetryAfterMs: config.VIPPS_MAX_INLINE_RETRY_AFTER_MS,
      salesUnitId: unit.id,
    },
    { logger: logger.child({ component: "vipps", msn: unit.msn }), recordCall: recordVippsCall },
  );
  clients.set(salesUnitId, { version, client });
  return client;
};
