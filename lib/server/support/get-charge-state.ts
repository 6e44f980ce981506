import "server-only";
import { db } from "@/lib/db";
import type { TChargeState } from "@/lib/schemas/support-views";
import type { TServerContext } from "@/lib/server/context/server-context";

/** A charge's live state (TChargeState), or null when ctx.merchantId has no such charge. */
export const getChargeState = async (ctx: TServerContext, chargeId: string): Promise<TChargeState | null> => {
  const charge = await db.charge.findUnique({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId } },
    select: {
      status: true,
      capturedAmount: true,
      refundedAmount: true,
      cancelledAmount: true,
      updatedAt: true,
    },
  });
  if (!charge) return null;
  const pendingOperations = await db.vippsOperation.count({ where: { chargeId, status: "PENDING" } });
  return { ...charge, updatedAt: charge.updatedAt.toISOString(), pendingOperations };
};
