import "server-only";
import { db } from "@/lib/db";

/** The few fields that change while a charge is in flight, for the charge page to watch. */
export const getChargeState = async (chargeId: string) => {
  const charge = await db.charge.findUnique({
    where: { id: chargeId },
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

export type TChargeState = NonNullable<Awaited<ReturnType<typeof getChargeState>>>;
