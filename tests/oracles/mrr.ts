// Test oracle (not run in production): MRR as the dashboard counts it (FEATURES.md §4: Stripe and Lago): the monthly-normalised price of
// every subscription that is active at the moment, per currency, never converted between
// currencies. Subscribers pay what they pay now: a campaign price while the campaign lasts, the
// ordinary price after; a variable price at what it was last charged (the amount chosen at sign-up
// until a charge succeeds). Flexible prices and "when used" intervals have no recurring amount and
// are left out, like Stripe's metered prices. lib/server/admin/dashboard/query-levels.ts computes
// the same in SQL; the known dataset, the rollup test and the soak test hold the two together.
import type {
  CampaignType,
  ChargeStatus,
  Currency,
  IntervalUnit,
  PricingType,
} from "@/lib/generated/prisma/enums";
import { variableAmount } from "@/lib/domain/billing-calendar";
import { addInterval } from "@/lib/domain/periods";
import { SUCCEEDED_STATUSES } from "@/lib/domain/metrics/payments";

/** Months per unit as a fraction over 12: weeks ×52/12, days ×365/12, years ÷12. */
export const MONTHLY_NUMERATOR: Record<IntervalUnit, number> = { DAY: 365, WEEK: 52, MONTH: 12, YEAR: 1 };

/** A price per interval as a monthly amount in minor units, rounded half up (exact, no float drift). */
export function monthlyAmount(amount: number, unit: IntervalUnit, count: number): number {
  return Math.round((amount * MONTHLY_NUMERATOR[unit]) / (12 * count));
}

export type TMrrAgreement = {
  currency: Currency;
  pricingType: PricingType;
  amount: number | null;
  maxAmount: number | null;
  suggestedMaxAmount: number | null;
  intervalUnit: IntervalUnit | null;
  intervalCount: number | null;
  campaignType: CampaignType | null;
  campaignPrice: number | null;
  campaignEnd: Date | null;
  campaignEventDate: Date | null;
  campaignPeriodUnit: IntervalUnit | null;
  campaignPeriodCount: number | null;
  campaignIntervalUnit: IntervalUnit | null;
  campaignIntervalCount: number | null;
  activatedAt: Date | null;
  /** When it stopped or expired; null while active. */
  endedAt: Date | null;
  /** A variable agreement's last successful RECURRING charge (lastChargedAmount); null before one. */
  lastChargedAmount?: number | null;
};

export function isActiveAt(agreement: Pick<TMrrAgreement, "activatedAt" | "endedAt">, at: Date): boolean {
  return (
    agreement.activatedAt !== null &&
    agreement.activatedAt <= at &&
    (agreement.endedAt === null || agreement.endedAt > at)
  );
}

/** When the agreement's campaign stops applying, or null without one. */
export function campaignUntil(agreement: TMrrAgreement): Date | null {
  if (
    agreement.pricingType !== "LEGACY" ||
    !agreement.campaignType ||
    agreement.campaignPrice === null ||
    !agreement.activatedAt
  )
    return null;
  switch (agreement.campaignType) {
    case "PRICE_CAMPAIGN":
    case "FULL_FLEX_CAMPAIGN":
      return agreement.campaignEnd;
    case "EVENT_CAMPAIGN":
      return agreement.campaignEventDate;
    case "PERIOD_CAMPAIGN":
      return agreement.campaignPeriodUnit && agreement.campaignPeriodCount
        ? addInterval(agreement.activatedAt, {
            unit: agreement.campaignPeriodUnit,
            count: agreement.campaignPeriodCount,
          })
        : null;
  }
}

/** The agreement's contribution to MRR at a moment (0 when inactive, flexible or without an interval). */
export function mrrAt(agreement: TMrrAgreement, at: Date): number {
  if (
    !isActiveAt(agreement, at) ||
    agreement.pricingType === "FLEXIBLE" ||
    !agreement.intervalUnit ||
    !agreement.intervalCount
  )
    return 0;
  const until = campaignUntil(agreement);
  if (until && at < until) {
    const flex =
      agreement.campaignType === "FULL_FLEX_CAMPAIGN" &&
      agreement.campaignIntervalUnit &&
      agreement.campaignIntervalCount;
    return flex
      ? monthlyAmount(
          agreement.campaignPrice!,
          agreement.campaignIntervalUnit!,
          agreement.campaignIntervalCount!,
        )
      : monthlyAmount(agreement.campaignPrice!, agreement.intervalUnit, agreement.intervalCount);
  }
  const price =
    agreement.pricingType === "LEGACY"
      ? agreement.amount
      : (agreement.lastChargedAmount ?? variableAmount({ ...agreement, pricing: agreement }));
  return price === null ? 0 : monthlyAmount(price, agreement.intervalUnit, agreement.intervalCount);
}

/**
 * What a variable agreement was last charged: the amount of its latest successful RECURRING charge
 * (latest due date, then latest created), or null when none succeeded yet.
 */
export function lastChargedAmount(
  charges: {
    type: string;
    status: ChargeStatus;
    amount: number;
    due: Date | null;
    createdAt: Date;
    id: string;
  }[],
): number | null {
  const paid = charges.filter(
    (c) => c.type === "RECURRING" && (SUCCEEDED_STATUSES as readonly string[]).includes(c.status),
  );
  paid.sort(
    (a, b) =>
      (b.due?.getTime() ?? -Infinity) - (a.due?.getTime() ?? -Infinity) ||
      b.createdAt.getTime() - a.createdAt.getTime() ||
      (b.id < a.id ? -1 : b.id > a.id ? 1 : 0),
  );
  return paid[0]?.amount ?? null;
}

/** MRR per currency at a moment. */
export function mrrByCurrency(agreements: TMrrAgreement[], at: Date): Partial<Record<Currency, number>> {
  const totals: Partial<Record<Currency, number>> = {};
  for (const agreement of agreements) {
    const value = mrrAt(agreement, at);
    if (value) totals[agreement.currency] = (totals[agreement.currency] ?? 0) + value;
  }
  return totals;
}
