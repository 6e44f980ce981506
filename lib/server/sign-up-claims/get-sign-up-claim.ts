import "server-only";
import { hashClaimToken } from "@/lib/crypto/claim-token";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TSignUpClaimView = { productName: string; email: string; bound: boolean };

/**
 * What the mailed link's page shows: the product and the address it was mailed to (the link's
 * holder read that mailbox). Null when unknown, expired or another merchant's. Nothing about who typed it.
 */
export const getSignUpClaim = async (
  ctx: TServerContext,
  { token }: { token: string },
): Promise<TSignUpClaimView | null> => {
  const claim = await db.signUpClaim.findFirst({
    where: { tokenHash: hashClaimToken(token), agreement: { merchantId: ctx.merchantId } },
    select: { email: true, expiresAt: true, boundAt: true, agreement: { select: { productName: true } } },
  });
  if (!claim) return null;
  if (!claim.boundAt && claim.expiresAt < ctx.now) return null;
  return { productName: claim.agreement.productName, email: claim.email, bound: Boolean(claim.boundAt) };
};
