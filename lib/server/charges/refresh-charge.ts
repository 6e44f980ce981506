import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { applyVippsCharge, type TSyncSource } from "./apply-vipps-charge";

/** Reads one charge of ctx.merchantId from Vipps and applies it. */
export const refreshCharge = async (ctx: TServerContext, chargeId: string, source: TSyncSource) => {
  const charge = await db.charge.findUnique({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId } },
    include: { agreement: { select: { vippsAgreementId: true, salesUnitId: true } } },
  });
  if (!charge) throw new AppError("NOT_FOUND", "chargeNotFound");
  if (!charge.agreement.vippsAgreementId || charge.sendState === "PLANNED") {
    return { changed: false, from: charge.status, to: charge.status };
  }
  const client = await getVippsClient(charge.agreement.salesUnitId);
  const remote = await client.getCharge(charge.agreement.vippsAgreementId, charge.orderId);
  const { agreement: _agreement, ...row } = charge;
  return applyVippsCharge(ctx, row, remote, source);
};
