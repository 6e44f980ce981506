import "server-only";
import type { StopActor } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import type { TSyncSource } from "@/lib/server/charges/apply-vipps-charge";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { applyVippsAgreement } from "./apply-vipps-agreement";
import { systemContext } from "@/lib/server/context/build-context";

/** Reads an agreement from Vipps and applies it; when its status moved, its charges are read too. */
export const refreshAgreement = async (agreementId: string, source: TSyncSource, actor?: StopActor) => {
  const agreement = await db.agreement.findUnique({ where: { id: agreementId } });
  if (!agreement) throw new AppError("NOT_FOUND", "Agreement not found.");
  if (!agreement.vippsAgreementId) return { changed: false, from: agreement.status, to: agreement.status };
  const client = await getVippsClient(agreement.salesUnitId);
  const remote = await client.getAgreement(agreement.vippsAgreementId);
  const result = await applyVippsAgreement(agreement, remote, source, actor);
  if (result.changed)
    await syncAgreementCharges(
      await systemContext({ merchantId: agreement.merchantId }),
      agreementId,
      source,
    );
  return result;
};
