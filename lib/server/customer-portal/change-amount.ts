import "server-only";
import { AppError } from "@/lib/errors";
import { SUGGESTED_MAX_CAP, updateAgreement } from "@/lib/server/agreements/update-agreement";
import { requireOwnAgreement, type TCustomerRef } from "./require-own-agreement";

/**
 * Variable-price subscriptions: the customer sets the most they want to pay per interval (the
 * agreement's suggested maximum at Vipps). Fixed prices change only with a change of plan.
 */
export const changeAmount = async (who: TCustomerRef, input: { agreementId: string; amount: number }) => {
  const { agreement, actor } = await requireOwnAgreement(who, input.agreementId);
  if (agreement.pricingType !== "VARIABLE") {
    throw new AppError("CONFLICT", "This subscription has a fixed price; choose another plan instead.");
  }
  if (
    !Number.isSafeInteger(input.amount) ||
    input.amount < 100 ||
    input.amount > SUGGESTED_MAX_CAP[agreement.currency]
  ) {
    throw new AppError("BAD_INPUT", "Choose an amount within the limits.", {
      fieldErrors: { amount: "amountRange" },
    });
  }
  await updateAgreement({
    agreementId: agreement.id,
    actor,
    reason: "Amount changed by the customer",
    changes: { suggestedMaxAmount: input.amount },
  });
  return { amount: input.amount };
};
