import "server-only";
import { hashClaimToken } from "@/lib/crypto/claim-token";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { asActor, type TServerContext } from "@/lib/server/context/server-context";
import { bindSignUpClaim } from "./bind-sign-up-claim";

/**
 * The owner of the typed address used the link mailed to it: that proves the address, so the held
 * sign-up joins the account with that email (a POST from the page, never the GET a mail scanner makes).
 * Anyone holding the link may post it (the context's actor is the system); the claim and the
 * customer must be of the context's merchant, and the bind is audited as that customer's.
 */
export const confirmSignUpClaim = async (
  ctx: TServerContext,
  { token }: { token: string },
): Promise<{ email: string }> => {
  const claim = await db.signUpClaim.findFirst({
    where: { tokenHash: hashClaimToken(token), agreement: { merchantId: ctx.merchantId } },
    select: { id: true, agreementId: true, email: true, expiresAt: true, boundAt: true },
  });
  if (!claim || claim.expiresAt < ctx.now) throw new AppError("NOT_FOUND", "linkUsedOrExpired");
  if (claim.boundAt) return { email: claim.email };
  const customer = await db.customer.findFirst({
    where: { email: claim.email, merchantId: ctx.merchantId },
    select: { id: true },
  });
  if (!customer) throw new AppError("NOT_FOUND", "linkUsedOrExpired");
  const asOwner = asActor(ctx, {
    type: "CUSTOMER",
    id: customer.id,
    customerId: customer.id,
    email: claim.email,
  });
  await db.$transaction((tx) =>
    bindSignUpClaim(asOwner, tx, {
      claimId: claim.id,
      agreementId: claim.agreementId,
      customerId: customer.id,
      by: "email-link",
    }),
  );
  return { email: claim.email };
};
