import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";

/** The signed-in customer a context acts for; staff and the system have no subscriptions of their own. */
export function customerOf(ctx: TServerContext) {
  if (ctx.actor.type !== "CUSTOMER") throw new AppError("FORBIDDEN", "customerOnly");
  return ctx.actor;
}

/**
 * The agreement, if it belongs to the context's customer (the check is in the `where`, with the
 * merchant). Someone else's id is answered exactly like an unknown one, so ids reveal nothing.
 */
export const requireOwnAgreement = async (ctx: TServerContext, agreementId: string) => {
  const agreement = await db.agreement.findFirst({
    where: { id: agreementId, customerId: customerOf(ctx).customerId, merchantId: ctx.merchantId },
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
  if (!agreement) throw new AppError("NOT_FOUND", "subscriptionNotFound");
  return agreement;
};
