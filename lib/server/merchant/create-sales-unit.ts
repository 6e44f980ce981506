import "server-only";
import type { Currency, Market, VippsEnvironment } from "@/lib/generated/prisma/enums";
import { encryptSecret, secretHint } from "@/lib/crypto/secret-box";
import { db, type Tx } from "@/lib/db";
import { requireEnv } from "@/lib/env";

export type TSalesUnitInput = {
  merchantId: string;
  name: string;
  environment: VippsEnvironment;
  market: Market;
  currency: Currency;
  msn: string;
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  subscriptionKey: string;
  allowUnscheduled?: boolean;
};

/** Stores a sales unit with its credentials encrypted; only a hint of the subscription key stays readable. */
export const saveSalesUnit = async (input: TSalesUnitInput, tx: Tx | typeof db = db) => {
  const key = requireEnv("ENCRYPTION_KEY");
  const data = {
    merchantId: input.merchantId,
    name: input.name,
    market: input.market,
    currency: input.currency,
    baseUrl: input.baseUrl,
    clientIdEnc: encryptSecret(input.clientId, key),
    clientSecretEnc: encryptSecret(input.clientSecret, key),
    subscriptionKeyEnc: encryptSecret(input.subscriptionKey, key),
    subscriptionKeyHint: secretHint(input.subscriptionKey),
    allowUnscheduled: input.allowUnscheduled ?? false,
  };
  return tx.salesUnit.upsert({
    where: { environment_msn: { environment: input.environment, msn: input.msn } },
    create: { ...data, environment: input.environment, msn: input.msn },
    update: data,
    select: { id: true, msn: true, market: true, environment: true },
  });
};

/** The sales unit that sells in a market in the merchant's current environment (test or production). */
export const findActiveSalesUnit = async (market: Market) => {
  const merchant = await db.merchant.findFirst({ select: { id: true, activeEnvironment: true } });
  if (!merchant) return null;
  return db.salesUnit.findFirst({
    where: { merchantId: merchant.id, market, environment: merchant.activeEnvironment },
    orderBy: { createdAt: "asc" },
  });
};
