import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SUGGESTED_MAX_CAP } from "@/lib/domain/product-rules";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import type { TServerContext } from "@/lib/server/context/server-context";
import { requireOwnAgreement } from "./require-own-agreement";

/**
 * Variable-price subscriptions: the amount the customer pays per interval, at most the product's
 * cap in their market (Vipps's currency cap when the product is gone). It is what Abo charges
 * (the agreement's amount) and the suggested maximum at Vipps, one figure; a user limit (maxAmount)
 * under it makes Vipps ask the user to raise it when a charge is due (FACTS §7.3). Fixed prices
 * change only with a change of plan.
 */
export const changeAmount = async (ctx: TServerContext, input: { agreementId: string; amount: number }) => {
  const agreement = await requireOwnAgreement(ctx, input.agreementId);
  if (agreement.pricingType !== "VARIABLE") {
    throw new AppError("CONFLICT", "fixedPrice");
  }
  const price = agreement.productId
    ? await db.productPrice.findUnique({
        where: { productId_market: { productId: agreement.productId, market: agreement.market } },
        select: { suggestedMaxAmount: true },
      })
    : null;
  const cap = price?.suggestedMaxAmount ?? SUGGESTED_MAX_CAP[agreement.currency];
  if (!Number.isSafeInteger(input.amount) || input.amount < 100 || input.amount > cap) {
    throw new AppError(
      "BAD_INPUT",
      "chooseAmountWithinLimits",
      {},
      {
        fieldErrors: { amount: "amountRange" },
      },
    );
  }
  await updateAgreement(ctx, {
    agreementId: agreement.id,
    reason: "Amount changed by the customer",
    changes: { suggestedMaxAmount: input.amount, chosenAmount: input.amount },
  });
  return { amount: input.amount };
};
