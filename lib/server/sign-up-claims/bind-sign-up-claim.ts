import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TClaimProof = "vipps" | "email-link";

/**
 * Joins a held sign-up to the customer whose email was typed, once that is proven (by Vipps or by
 * the mailed link). Guarded on the claim still being open and the agreement still unbound, so two
 * proofs arriving together bind once. Returns whether this call bound it. The context's actor is
 * the one audited; the agreement must be of its merchant.
 */
export const bindSignUpClaim = async (
  ctx: TServerContext,
  tx: Tx,
  input: { claimId: string; agreementId: string; customerId: string; by: TClaimProof },
): Promise<boolean> => {
  const claim = await tx.signUpClaim.updateMany({
    where: { id: input.claimId, boundAt: null, agreement: { merchantId: ctx.merchantId } },
    data: { boundAt: ctx.now, boundBy: input.by, customerId: input.customerId },
  });
  if (claim.count === 0) return false;
  const agreement = await tx.agreement.updateMany({
    where: { id: input.agreementId, merchantId: ctx.merchantId, customerId: null },
    data: { customerId: input.customerId },
  });
  // Held agreements are created unbound and only this function binds them: roll the claim back.
  if (agreement.count === 0) throw new AppError("CONFLICT", "alreadyInAccount");
  await tx.charge.updateMany({
    where: { agreementId: input.agreementId, customerId: null },
    data: { customerId: input.customerId },
  });
  await recordAudit(
    ctx,
    {
      action: "agreement.sign-up-bound",
      target: { type: "agreement", id: input.agreementId },
      customerId: input.customerId,
      agreementId: input.agreementId,
      after: { customerId: input.customerId, by: input.by },
    },
    tx,
  );
  return true;
};
