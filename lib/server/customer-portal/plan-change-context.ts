import "server-only";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { listPlanOptions } from "./list-plan-options";
import { querySummaryRows } from "./query-summary-rows";
import { currentAgreementOf } from "./summarize-agreement";

/**
 * What a change of plan starts from, read once and scoped to the context's customer (someone else's
 * agreement is simply not found): the agreement, the chosen plan and the current product's rule.
 */
export const loadPlanChange = async (
  ctx: TServerContext,
  input: { agreementId: string; productSlug: string },
) => {
  const [found] = await querySummaryRows(ctx, { agreementId: input.agreementId, limit: 1 });
  if (!found) throw new AppError("NOT_FOUND", "subscriptionNotFound");
  const { row, open } = found;
  if (row.status !== "ACTIVE" || row.stopAt) throw new AppError("CONFLICT", "planChangeNeedsActive");
  // The plan's own name, not the reader's: it is what Vipps shows and the agreement keeps.
  const { options, rule } = await listPlanOptions(ctx, {
    productId: row.productId,
    pricingType: row.pricingType,
    market: row.market,
  });
  const target = options.find((o) => o.slug === input.productSlug);
  if (!target)
    throw new AppError(
      "BAD_INPUT",
      "choosePlanShown",
      {},
      {
        fieldErrors: { productSlug: "choosePlan" },
      },
    );
  return { row, target, rule, current: currentAgreementOf(row, open, ctx.now) };
};
