import "server-only";
import type { StopActor } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import type { TSyncSource } from "@/lib/server/charges/apply-vipps-charge";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import type { TServerContext } from "@/lib/server/context/server-context";
import { applyVippsAgreement } from "./apply-vipps-agreement";

/**
 * Reads an agreement from Vipps and applies it; when its status moved, its charges are read too.
 * Another merchant's agreement is not found.
 */
export const refreshAgreement = async (
  ctx: TServerContext,
  agreementId: string,
  source: TSyncSource,
  actor?: StopActor,
) => {
  const agreement = await db.agreement.findFirst({ where: { id: agreementId, merchantId: ctx.merchantId } });
  if (!agreement) throw new AppError("NOT_FOUND", "agreementNotFound");
  if (!agreement.vippsAgreementId) return { changed: false, from: agreement.status, to: agreement.status };
  const client = await getVippsClient(agreement.salesUnitId);
  const remote = await client.getAgreement(agreement.vippsAgreementId);
  const result = await applyVippsAgreement(ctx, agreement, remote, source, actor);
  if (result.changed) await syncAgreementCharges(ctx, agreementId, source);
  return result;
};
