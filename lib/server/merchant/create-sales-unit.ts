import "server-only";
import type { Currency, Market, VippsEnvironment } from "@/lib/generated/prisma/enums";
import { encryptSecret, secretHint } from "@/lib/crypto/secret-box";
import { db, type Tx } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TSalesUnitInput = {
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

/**
 * Stores a sales unit of the context's merchant with its credentials encrypted; only a hint of the
 * subscription key stays readable. An MSN another merchant has connected is refused, never moved.
 */
export const saveSalesUnit = async (ctx: TServerContext, input: TSalesUnitInput, tx: Tx | typeof db = db) => {
  const key = requireEnv("ENCRYPTION_KEY");
  const unique = { environment_msn: { environment: input.environment, msn: input.msn } };
  const owner = await tx.salesUnit.findUnique({ where: unique, select: { merchantId: true } });
  if (owner && owner.merchantId !== ctx.merchantId)
    throw new AppError("CONFLICT", "msnTaken", { msn: input.msn });
  const data = {
    merchantId: ctx.merchantId,
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
    where: unique,
    create: { ...data, environment: input.environment, msn: input.msn },
    update: data,
    select: { id: true, msn: true, market: true, environment: true },
  });
};

/** The sales unit that sells in a market in the context merchant's current environment (test or production). */
export const findActiveSalesUnit = async (ctx: TServerContext, market: Market) => {
  const merchant = await db.merchant.findUnique({
    where: { id: ctx.merchantId },
    select: { id: true, activeEnvironment: true },
  });
  if (!merchant) return null;
  return db.salesUnit.findFirst({
    where: { merchantId: merchant.id, market, environment: merchant.activeEnvironment },
    orderBy: { createdAt: "asc" },
  });
};
