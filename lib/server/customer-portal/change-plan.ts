import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { planChangeOutcome, previewFingerprint } from "@/lib/domain/plan-change";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import type { TServerContext } from "@/lib/server/context/server-context";
import { loadPlanChange } from "./plan-change-context";

/**
 * Moves the subscription to another plan of its group: Vipps gets the new name, price and interval
 * at once (the customer sees them in the app); charges already planned keep their amounts. What a
 * running campaign does is the product's rule (lib/domain/plan-change.ts). With `expected` (the
 * preview the customer confirmed), a change whose next charges would differ is refused instead.
 */
export const changePlan = async (
  ctx: TServerContext,
  input: { agreementId: string; productSlug: string; expected?: string },
) => {
  const { target, rule, current, row } = await loadPlanChange(ctx, input);
  const outcome = planChangeOutcome(current, target.terms, rule);
  if (outcome.kind === "blocked")
    throw new AppError(
      "CONFLICT",
      "planChangeAfterOffer",
      {},
      {
        fieldErrors: { productSlug: "campaignBlocks" },
      },
    );
  if (input.expected !== undefined && input.expected !== previewFingerprint(outcome.charges))
    throw new AppError("CONFLICT", "paymentsChangedJustNow");
  const { changes } = outcome;
  await updateAgreement(ctx, {
    agreementId: row.id,
    reason: `Plan changed by the customer to ${target.name}`,
    changes: {
      productId: (await productIdOf(ctx, target.slug)) ?? undefined,
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

async function productIdOf(ctx: TServerContext, slug: string) {
  const product = await db.product.findFirst({
    where: { slug, merchantId: ctx.merchantId },
    select: { id: true },
  });
  return product?.id ?? null;
}
