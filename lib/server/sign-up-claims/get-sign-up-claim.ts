import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { hashClaimToken } from "./claim-token";

export type TSignUpClaimView = { productName: string; email: string; bound: boolean };

/**
 * What the mailed link's page shows: the product and the address it was mailed to (the link's
 * holder read that mailbox). Null when unknown or expired. Nothing about who typed it.
 */
export const getSignUpClaim = async ({ token }: { token: string }): Promise<TSignUpClaimView | null> => {
  const claim = await db.signUpClaim.findUnique({
    where: { tokenHash: hashClaimToken(token) },
    select: { email: true, expiresAt: true, boundAt: true, agreement: { select: { productName: true } } },
  });
  if (!claim) return null;
  if (!claim.boundAt && claim.expiresAt < (await now())) return null;
  return { productName: claim.agreement.productName, email: claim.email, bound: Boolean(claim.boundAt) };
};
