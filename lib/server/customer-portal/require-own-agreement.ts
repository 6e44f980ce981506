import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";

export type TCustomerRef = { userId: string; customerId: string; email?: string };

/**
 * The agreement, if it belongs to this customer (the check is in the `where`). Someone else's id
 * is answered exactly like an unknown one, so ids reveal nothing.
 */
export const requireOwnAgreement = async (who: TCustomerRef, agreementId: string) => {
  const agreement = await db.agreement.findFirst({
    where: { id: agreementId, customerId: who.customerId },
    select: {
      id: true,
      status: true,
      stopAt: true,
      pausedUntil: true,
      pricingType: true,
      productId: true,
      market: true,
      currency: true,
      productName: true,
    },
  });
  if (!agreement) throw new AppError("NOT_FOUND", "We could not find that subscription.");
  const actor: TActor = { type: "CUSTOMER", id: who.userId, customerId: who.customerId, email: who.email };
  return { agreement, actor };
};
