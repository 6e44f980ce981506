import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { applyVippsCharge, type TSyncSource } from "./apply-vipps-charge";

/** Reads one charge from Vipps and applies it. */
export const refreshCharge = async (chargeId: string, source: TSyncSource) => {
  const charge = await db.charge.findUnique({
    where: { id: chargeId },
    include: { agreement: { select: { vippsAgreementId: true, salesUnitId: true } } },
  });
  if (!charge) throw new AppError("NOT_FOUND", "Charge not found.");
  if (!charge.agreement.vippsAgreementId || charge.sendState === "PLANNED") {
    return { changed: false, from: charge.status, to: charge.status };
  }
  const client = await getVippsClient(charge.agreement.salesUnitId);
  const remote = await client.getCharge(charge.agreement.vippsAgreementId, charge.orderId);
  const { agreement: _agreement, ...row } = charge;
  return applyVippsCharge(row, remote, source);
};
