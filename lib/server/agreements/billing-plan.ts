import "server-only";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { TBillingPlan } from "@/lib/domain/periods";

/** The billing plan of an active agreement, or null when it has no fixed interval (pay per use). */
export function billingPlanOf(
  agreement: Pick<
    Agreement,
    | "billingAnchor"
    | "anchorPeriodIndex"
    | "intervalUnit"
    | "intervalCount"
    | "campaignType"
    | "campaignPeriodUnit"
    | "campaignPeriodCount"
  >,
): TBillingPlan | null {
  if (!agreement.billingAnchor || !agreement.intervalUnit || !agreement.intervalCount) return null;
  const campaignPeriod =
    agreement.campaignType === "PERIOD_CAMPAIGN" &&
    agreement.campaignPeriodUnit &&
    agreement.campaignPeriodCount
      ? { unit: agreement.campaignPeriodUnit, count: agreement.campaignPeriodCount }
      : null;
  return {
    anchor: agreement.billingAnchor,
    anchorIndex: agreement.anchorPeriodIndex,
    interval: { unit: agreement.intervalUnit, count: agreement.intervalCount },
    campaignPeriod,
  };
}
