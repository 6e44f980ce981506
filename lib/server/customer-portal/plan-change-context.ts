import "server-only";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { toDateOnly } from "@/lib/domain/periods";
import type { TCurrentAgreement } from "@/lib/domain/plan-change";
import { calendarAgreementOf } from "@/lib/server/agreements/billing-plan";
import { listPlanOptions } from "./list-plan-options";
import { querySummaryRows } from "./query-summary-rows";
import type { TCustomerRef } from "./require-own-agreement";
import type { TOpenCharge, TSummaryRow } from "./summarize-agreement";

/** The agreement as the billing calendar reads it, with its charges planned and not yet settled. */
export function currentAgreementOf(row: TSummaryRow, open: TOpenCharge[], at: Date): TCurrentAgreement {
  return { ...calendarAgreementOf(row), now: at, planned: open };
}

/**
 * What a change of plan starts from, read once and scoped to the customer (someone else's
 * agreement is simply not found): the agreement, the chosen plan and the current product's rule.
 */
export const loadPlanChange = async (
  who: TCustomerRef,
  input: { agreementId: string; productSlug: string },
) => {
  const at = await now();
  const [found] = await querySummaryRows({
    customerId: who.customerId,
    agreementId: input.agreementId,
    today: toDateOnly(at),
    limit: 1,
  });
  if (!found) throw new AppError("NOT_FOUND", "We could not find that subscription.");
  const { row, open } = found;
  if (row.status !== "ACTIVE" || row.stopAt)
    throw new AppError("CONFLICT", "Only an active subscription that is not ending can change plan.");
  const { options, rule } = await listPlanOptions({
    productId: row.productId,
    pricingType: row.pricingType,
    market: row.market,
  });
  const target = options.find((o) => o.slug === input.productSlug);
  if (!target)
    throw new AppError("BAD_INPUT", "Choose one of the plans shown.", {
      fieldErrors: { productSlug: "choosePlan" },
    });
  return { row, target, rule, current: currentAgreementOf(row, open, at) };
};
