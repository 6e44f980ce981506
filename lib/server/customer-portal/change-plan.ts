import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { planChangeOutcome, previewFingerprint } from "@/lib/domain/plan-change";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import { loadPlanChange } from "./plan-change-context";
import type { TCustomerRef } from "./require-own-agreement";

/**
 * Moves the subscription to another plan of its group: Vipps gets the new name, price and interval
 * at once (the customer sees them in the app); charges already planned keep their amounts. What a
 * running campaign does is the product's rule (lib/domain/plan-change.ts). With `expected` (the
 * preview the customer confirmed), a change whose next charges would differ is refused instead.
 */
export const changePlan = async (
  who: TCustomerRef,
  input: { agreementId: string; productSlug: string; expected?: string },
) => {
  const { target, rule, current, row } = await loadPlanChange(who, input);
  const outcome = planChangeOutcome(current, target.terms, rule);
  if (outcome.kind === "blocked")
    throw new AppError("CONFLICT", "The plan can be changed when the offer ends.", {
      fieldErrors: { productSlug: "campaignBlocks" },
    });
  if (input.expected !== undefined && input.expected !== previewFingerprint(outcome.charges))
    throw new AppError("CONFLICT", "Your next payments changed just now; look at them again.");
  const { changes } = outcome;
  await updateAgreement({
    agreementId: row.id,
    actor: { type: "CUSTOMER", id: who.userId, customerId: who.customerId, email: who.email },
    reason: `Plan changed by the customer to ${target.name}`,
    changes: {
      productId: (await productIdOf(target.slug)) ?? undefined,
      productName: target.name.slice(0, 45),
      productDescription: target.description?.slice(0, 100) ?? undefined,
      amount: changes.amount,
      suggestedMaxAmount: changes.suggestedMaxAmount,
      chosenAmount:
        target.terms.pricingType === "VARIABLE" && outcome.storedAmount !== null
          ? outcome.storedAmount
          : undefined,
      interval: changes.interval,
      campaignEndPeriod: changes.campaignEndPeriod,
    },
  });
  return { productName: target.name };
};

async function productIdOf(slug: string) {
  return (await db.product.findUnique({ where: { slug }, select: { id: true } }))?.id ?? null;
}
