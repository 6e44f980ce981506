import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bindSignUpClaim } from "./bind-sign-up-claim";
import { hashClaimToken } from "./claim-token";

const USED = "This link is used or has expired.";

/**
 * The owner of the typed address used the link mailed to it: that proves the address, so the held
 * sign-up joins the account with that email (a POST from the page, never the GET a mail scanner makes).
 */
export const confirmSignUpClaim = async ({ token }: { token: string }): Promise<{ email: string }> => {
  const claim = await db.signUpClaim.findUnique({
    where: { tokenHash: hashClaimToken(token) },
    select: { id: true, agreementId: true, email: true, expiresAt: true, boundAt: true },
  });
  if (!claim || claim.expiresAt < (await now())) throw new AppError("NOT_FOUND", USED);
  if (claim.boundAt) return { email: claim.email };
  const customer = await db.customer.findUnique({ where: { email: claim.email }, select: { id: true } });
  if (!customer) throw new AppError("NOT_FOUND", USED);
  await db.$transaction((tx) =>
    bindSignUpClaim(tx, {
      claimId: claim.id,
      agreementId: claim.agreementId,
      customerId: customer.id,
      by: "email-link",
      actor: { type: "CUSTOMER", id: customer.id, email: claim.email },
    }),
  );
  return { email: claim.email };
};
