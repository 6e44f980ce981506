import "server-only";
import { planChangeOutcome, type TPreviewCharge } from "@/lib/domain/plan-change";
import { loadPlanChange } from "./plan-change-context";
import type { TCustomerRef } from "./require-own-agreement";

export type TPlanChangePreview =
  | { kind: "blocked"; until: string | null }
  | { kind: "ok"; campaign: "none" | "kept" | "ended"; charges: TPreviewCharge[] };

/**
 * The confirm step of a change of plan: the next three charges, with date and amount, exactly as
 * changePlan will leave them (the same planChangeOutcome on the same read). Changes nothing.
 */
export const previewPlanChange = async (
  who: TCustomerRef,
  input: { agreementId: string; productSlug: string },
): Promise<TPlanChangePreview> => {
  const { target, rule, current } = await loadPlanChange(who, input);
  const outcome = planChangeOutcome(current, target.terms, rule);
  if (outcome.kind === "blocked") return outcome;
  return { kind: "ok", campaign: outcome.campaign, charges: outcome.charges };
};
