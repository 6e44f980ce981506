import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * A charge of ctx.merchantId with what actions on it need: the Vipps agreement id, sales unit and
 * merchant policy. Another merchant's charge is not found.
 */
export const loadChargeForAction = async (ctx: TServerContext, chargeId: string) => {
  const charge = await db.charge.findUnique({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId } },
    include: {
      agreement: {
        select: {
          id: true,
          vippsAgreementId: true,
          salesUnitId: true,
          customerId: true,
          status: true,
          market: true,
          merchant: { select: { refundAdminThreshold: true } },
          salesUnit: { select: { allowUnscheduled: true } },
        },
      },
    },
  });
  if (!charge) throw new AppError("NOT_FOUND", "chargeNotFound");
  if (!charge.agreement.vippsAgreementId || charge.sendState !== "SENT") {
    throw new AppError("CONFLICT", "notAtVippsYet");
  }
  return { ...charge, vippsAgreementId: charge.agreement.vippsAgreementId };
};

export type TChargeForAction = Awaited<ReturnType<typeof loadChargeForAction>>;
