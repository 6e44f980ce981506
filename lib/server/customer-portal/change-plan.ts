import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import { listPlanOptions } from "./list-plan-options";
import { requireOwnAgreement, type TCustomerRef } from "./require-own-agreement";

/**
 * Moves the subscription to another plan of its group: Vipps gets the new name, price and interval
 * at once (the customer sees them in the app); charges already made keep their amounts.
 */
export const changePlan = async (who: TCustomerRef, input: { agreementId: string; productSlug: string }) => {
  const { agreement, actor } = await requireOwnAgreement(who, input.agreementId);
  const options = await listPlanOptions({
    productId: agreement.productId,
    pricingType: agreement.pricingType,
    market: agreement.market,
  });
  const target = options.find((o) => o.slug === input.productSlug);
  if (!target)
    throw new AppError("BAD_INPUT", "Choose one of the plans shown.", {
      fieldErrors: { productSlug: "Choose one of the plans shown" },
    });
  const { terms } = target;
  const product = await db.product.findUniqueOrThrow({ where: { slug: target.slug }, select: { id: true } });
  await updateAgreement({
    agreementId: agreement.id,
    actor,
    reason: `Plan changed by the customer to ${target.name}`,
    changes: {
      productId: product.id,
      productName: target.name.slice(0, 45),
      productDescription: target.description?.slice(0, 100) ?? undefined,
      amount: terms.pricingType === "LEGACY" ? (terms.amount ?? undefined) : undefined,
      suggestedMaxAmount:
        terms.pricingType === "VARIABLE" ? (terms.suggestedMaxAmount ?? undefined) : undefined,
      interval: terms.interval ?? undefined,
    },
  });
  return { productName: target.name };
};
