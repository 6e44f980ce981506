import "server-only";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { TBillingPlan, TCalendarAgreement } from "@/lib/domain/billing-calendar";

type TPlanColumns =
  | "billingAnchor"
  | "anchorPeriodIndex"
  | "intervalUnit"
  | "intervalCount"
  | "campaignType"
  | "campaignPeriodUnit"
  | "campaignPeriodCount";

/** The billing plan of an active agreement, or null when it has no fixed interval (pay per use). */
export function billingPlanOf(agreement: Pick<Agreement, TPlanColumns>): TBillingPlan | null {
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

export type TCalendarColumns =
  | TPlanColumns
  | "pricingType"
  | "amount"
  | "campaignPrice"
  | "campaignEnd"
  | "campaignEventDate"
  | "campaignEndPeriod"
  | "suggestedMaxAmount"
  | "maxAmount"
  | "nextPeriodIndex"
  | "pausedUntil"
  | "stopAt";

/** The columns calendarAgreementOf reads, as a Prisma select. */
export const CALENDAR_SELECT = {
  billingAnchor: true,
  anchorPeriodIndex: true,
  intervalUnit: true,
  intervalCount: true,
  campaignType: true,
  campaignPeriodUnit: true,
  campaignPeriodCount: true,
  pricingType: true,
  amount: true,
  campaignPrice: true,
  campaignEnd: true,
  campaignEventDate: true,
  campaignEndPeriod: true,
  suggestedMaxAmount: true,
  maxAmount: true,
  nextPeriodIndex: true,
  pausedUntil: true,
  stopAt: true,
} as const satisfies Record<TCalendarColumns, true>;

/** An agreement row as the billing calendar reads it: every view of future charges starts here. */
export function calendarAgreementOf(row: Pick<Agreement, TCalendarColumns>): TCalendarAgreement {
  return {
    plan: billingPlanOf(row),
    pricingType: row.pricingType,
    pricing: {
      amount: row.amount,
      campaignType: row.campaignType,
      campaignPrice: row.campaignPrice,
      campaignEnd: row.campaignEnd,
      campaignEventDate: row.campaignEventDate,
      campaignEndPeriod: row.campaignEndPeriod,
    },
    suggestedMaxAmount: row.suggestedMaxAmount,
    maxAmount: row.maxAmount,
    nextPeriodIndex: row.nextPeriodIndex,
    pausedUntil: row.pausedUntil,
    stopAt: row.stopAt,
  };
}
