import "server-only";
import { issuesReceipt } from "@/lib/domain/receipts";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { failureReasonOf } from "@/lib/domain/failure-reason";
import { periodEnd, periodIndexAt, upcomingCharges } from "@/lib/domain/billing-calendar";
import { isoDay, toDateOnly } from "@/lib/domain/periods";
import { campaignRunsUntil } from "@/lib/domain/plan-change";
import { calendarAgreementOf } from "@/lib/server/agreements/billing-plan";
import { stopUndoBlocker } from "@/lib/server/agreements/undo-scheduled-stop";
import type { TServerContext } from "@/lib/server/context/server-context";
import { listPlanOptions } from "./list-plan-options";
import { querySummaryRows } from "./query-summary-rows";
import { currentAgreementOf, summarizeAgreement } from "./summarize-agreement";
import type { TChargeDto, TSubscriptionDetail } from "@/lib/schemas/customer-portal";

const CHARGE_LIMIT = 120;

export const CHARGE_DTO_SELECT = {
  id: true,
  type: true,
  status: true,
  amount: true,
  currency: true,
  description: true,
  due: true,
  periodStart: true,
  periodEnd: true,
  capturedAmount: true,
  refundedAmount: true,
  cancelledAmount: true,
  failureReason: true,
  createdAt: true,
} as const satisfies Prisma.ChargeSelect;

type TChargeRow = Prisma.ChargeGetPayload<{ select: typeof CHARGE_DTO_SELECT }>;

export function toChargeDto(c: TChargeRow): TChargeDto {
  return {
    id: c.id,
    type: c.type,
    status: c.status,
    amount: c.amount,
    currency: c.currency,
    description: c.description,
    due: isoDay(c.due ?? c.createdAt),
    periodStart: isoDay(c.periodStart),
    periodEnd: isoDay(c.periodEnd),
    capturedAmount: c.capturedAmount,
    refundedAmount: c.refundedAmount,
    cancelledAmount: c.cancelledAmount,
    failureReason: c.status === "FAILED" ? failureReasonOf(c.failureReason) : null,
    hasReceipt: issuesReceipt(c.status, c.capturedAmount),
  };
}

/**
 * One subscription of the signed-in customer with its charges and what they may change; null if not
 * theirs. The product and the plans offered are named in the context's locale where the merchant gave one.
 */
export const getSubscription = async (
  ctx: TServerContext,
  { agreementId }: { agreementId: string },
): Promise<TSubscriptionDetail | null> => {
  const today = ctx.now;
  const { locale } = ctx;
  const [found] = await querySummaryRows(ctx, { agreementId, limit: 1 });
  if (!found) return null;
  const { row, open } = found;
  const stopPending = row.status === "ACTIVE" && row.stopAt !== null && row.stopAt > today;
  const [charges, { options: planOptions, rule }, cap, undoBlocked] = await Promise.all([
    db.charge.findMany({
      where: { agreementId: row.id, sendState: { not: "REJECTED" } },
      select: CHARGE_DTO_SELECT,
      orderBy: [{ due: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: CHARGE_LIMIT,
    }),
    row.status === "ACTIVE" && !row.stopAt && row.productId
      ? listPlanOptions(ctx, {
          productId: row.productId,
          pricingType: row.pricingType,
          market: row.market,
          locale,
        })
      : { options: [], rule: "KEEP" as const },
    row.pricingType === "VARIABLE" && row.productId
      ? db.productPrice.findUnique({
          where: { productId_market: { productId: row.productId, market: row.market } },
          select: { suggestedMaxAmount: true },
        })
      : null,
    stopPending ? stopUndoBlocker(ctx, row) : null,
  ]);
  const summary = summarizeAgreement(row, open, today, locale);
  const calendar = calendarAgreementOf(row);
  const { plan } = calendar;
  // A change applies from the first period the scheduler has not charged yet.
  const [changesFrom] = upcomingCharges(calendar, today, null, { count: 1 });
  const manageable = row.status === "ACTIVE" && !row.stopAt;
  const blockedUntil =
    rule === "BLOCK" && planOptions.length ? campaignRunsUntil(currentAgreementOf(row, open, today)) : null;
  return {
    ...summary,
    charges: charges.map(toChargeDto),
    periodEndsAt: plan ? isoDay(periodEnd(plan, periodIndexAt(plan, toDateOnly(today)))) : null,
    changesFrom: changesFrom ? isoDay(changesFrom.periodStart) : null,
    planOptions,
    planChangeBlockedUntil: isoDay(blockedUntil),
    amountCap: cap?.suggestedMaxAmount ?? null,
    canPause: manageable && plan !== null,
    canChangeAmount: manageable && row.pricingType === "VARIABLE",
    canUndoStop: stopPending && !undoBlocked,
  };
};
