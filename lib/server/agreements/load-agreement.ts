import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";

/** The agreement to change, within the context's merchant: another merchant's is not found. */
export const loadAgreementForAction = async (ctx: TServerContext, agreementId: string) => {
  const agreement = await db.agreement.findFirst({
    where: { id: agreementId, merchantId: ctx.merchantId },
    include: { merchant: { select: { stopRequiresAdmin: true } } },
  });
  if (!agreement) throw new AppError("NOT_FOUND", "agreementNotFound");
  return agreement;
};
