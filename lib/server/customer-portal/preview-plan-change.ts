import "server-only";
import { planChangeOutcome, type TPreviewCharge } from "@/lib/domain/plan-change";
import type { TServerContext } from "@/lib/server/context/server-context";
import { loadPlanChange } from "./plan-change-context";

export type TPlanChangePreview =
  | { kind: "blocked"; until: string | null }
  | { kind: "ok"; campaign: "none" | "kept" | "ended"; charges: TPreviewCharge[] };

/**
 * The confirm step of a change of plan: the next three charges, with date and amount, exactly as
 * changePlan will leave them (the same planChangeOutcome on the same read). Changes nothing.
 */
export const previewPlanChange = async (
  ctx: TServerContext,
  input: { agreementId: string; productSlug: string },
): Promise<TPlanChangePreview> => {
  const { target, rule, current } = await loadPlanChange(ctx, input);
  const outcome = planChangeOutcome(current, target.terms, rule);
  if (outcome.kind === "blocked") return outcome;
  return { kind: "ok", campaign: outcome.campaign, charges: outcome.charges };
};
