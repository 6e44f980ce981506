import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { CURRENCY_OF_MARKET } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { saveSalesUnit } from "@/lib/server/merchant/create-sales-unit";
import type { TSalesUnitKeysInput } from "@/lib/schemas/admin";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";

/**
 * Stores a sales unit's keys, encrypted (saveSalesUnit); from here on only the subscription key's
 * last four characters are ever shown. Test units talk to VIPPS_BASE_URL, production units to
 * VIPPS_PRODUCTION_BASE_URL. New keys make the last connection test void. No Vipps call here.
 */
export const connectSalesUnit = async (ctx: TServerContext, input: TSalesUnitKeysInput) => {
  adminActor(ctx); // admins only: refuses anyone else
  const taken = await db.salesUnit.findFirst({
    where: {
      merchantId: ctx.merchantId,
      environment: input.environment,
      market: input.market,
      msn: { not: input.msn },
    },
    select: { msn: true },
  });
  if (taken) {
    throw new AppError(
      "BAD_INPUT",
      "fieldsNeedAnotherLook",
      {},
      {
        fieldErrors: {
          market: `This shop already has a ${input.environment.toLowerCase()} sales unit in this country (MSN ${taken.msn}).`,
        },
      },
    );
  }
  const config = env();
  // The keys, the reset connection test and the audit entry commit together.
  return db.$transaction(async (tx) => {
    const unit = await saveSalesUnit(
      ctx,
      {
        name: input.name,
        environment: input.environment,
        market: input.market,
        currency: CURRENCY_OF_MARKET[input.market],
        msn: input.msn,
        baseUrl:
          input.environment === "PRODUCTION" ? config.VIPPS_PRODUCTION_BASE_URL : config.VIPPS_BASE_URL,
        clientId: input.clientId,
        clientSecret: input.clientSecret,
        subscriptionKey: input.subscriptionKey,
      },
      tx,
    );
    const saved = await tx.salesUnit.update({
      where: { id: unit.id },
      data: { connectionOk: null, connectionError: null, connectionCheckedAt: null },
      select: { id: true, msn: true, market: true, environment: true, subscriptionKeyHint: true },
    });
    // The audit keeps which unit changed, never a key.
    await recordAudit(
      ctx,
      {
        action: "sales-unit.keys-saved",
        target: { type: "sales-unit", id: saved.id },
        after: {
          msn: saved.msn,
          market: saved.market,
          environment: saved.environment,
          subscriptionKey: saved.subscriptionKeyHint,
        },
      },
      tx,
    );
    return saved;
  });
};
