import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { chargeDescription, MAX_LEAD_DAYS, scheduleCharges } from "@/lib/domain/billing-schedule";
import { recurringChargeIds } from "@/lib/domain/ids";
import { toDateOnly } from "@/lib/domain/periods";
import { logger } from "@/lib/logger";
import { billingPlanOf } from "@/lib/server/agreements/billing-plan";

const BATCH = 1000;

const SELECT = {
  id: true,
  customerId: true,
  currency: true,
  pricingType: true,
  amount: true,
  suggestedMaxAmount: true,
  maxAmount: true,
  intervalUnit: true,
  intervalCount: true,
  billingAnchor: true,
  anchorPeriodIndex: true,
  nextPeriodIndex: true,
  pausedUntil: true,
  stopAt: true,
  productName: true,
  transactionType: true,
  retryDays: true,
  campaignType: true,
  campaignPrice: true,
  campaignEnd: true,
  campaignEventDate: true,
  campaignPeriodUnit: true,
  campaignPeriodCount: true,
} as const satisfies Prisma.AgreementSelect;

export type TPlanResult = { agreements: number; planned: number; skipped: number };

/**
 * The scheduler: for every ACTIVE agreement whose next period starts within the merchant's lead
 * time, writes the period's RECURRING charge as a PLANNED row (orderId and Idempotency-Key derived
 * from agreement and period) and moves the agreement on to the next period, in one transaction per
 * batch. Rows are locked (FOR UPDATE SKIP LOCKED), so two workers never plan the same agreement;
 * the unique (agreementId, periodIndex) is the last word should anything else slip through.
 */
export const planDueCharges = async (options: { batchSize?: number } = {}): Promise<TPlanResult> => {
  const batchSize = options.batchSize ?? BATCH;
  const today = toDateOnly(await now());
  const total: TPlanResult = { agreements: 0, planned: 0, skipped: 0 };
  for (;;) {
    const result = await db.$transaction((tx) => planBatch(tx, today, batchSize), { timeout: 120_000, maxWait: 30_000 });
    total.agreements += result.agreements;
    total.planned += result.planned;
    total.skipped += result.skipped;
    if (result.agreements < batchSize) return total;
  }
};

async function planBatch(tx: Tx, today: Date, size: number): Promise<TPlanResult> {
  const due = await tx.$queryRaw<{ id: string; leadDays: number }[]>`
    SELECT a.id, m."chargeLeadDays" AS "leadDays"
    FROM "Agreement" a JOIN "Merchant" m ON m.id = a."merchantId"
    WHERE a.status = 'ACTIVE' AND a."nextChargeDate" IS NOT NULL
      AND a."nextChargeDate" <= ${today}::date + LEAST(GREATEST(m."chargeLeadDays", 1), ${MAX_LEAD_DAYS}::int)
    ORDER BY a."nextChargeDate", a.id
    LIMIT ${size}
    FOR UPDATE OF a SKIP LOCKED`;
  if (due.length === 0) return { agreements: 0, planned: 0, skipped: 0 };
  const leadDays = new Map(due.map((row) => [row.id, Number(row.leadDays)]));
  const agreements = await tx.agreement.findMany({ where: { id: { in: due.map((row) => row.id) } }, select: SELECT });

  const charges: Prisma.ChargeCreateManyInput[] = [];
  const moves: { id: string; from: number; to: number; date: string | null }[] = [];
  let skipped = 0;
  for (const agreement of agreements) {
    const plan = billingPlanOf(agreement);
    if (!plan) {
      moves.push({ id: agreement.id, from: agreement.nextPeriodIndex, to: agreement.nextPeriodIndex, date: null });
      continue;
    }
    const schedule = scheduleCharges({
      plan,
      pricingType: agreement.pricingType,
      pricing: agreement,
      suggestedMaxAmount: agreement.suggestedMaxAmount,
      maxAmount: agreement.maxAmount,
      nextPeriodIndex: agreement.nextPeriodIndex,
      pausedUntil: agreement.pausedUntil,
      stopAt: agreement.stopAt,
      today,
      leadDays: leadDays.get(agreement.id) ?? 1,
    });
    for (const period of schedule.charges) {
      charges.push({
        agreementId: agreement.id,
        customerId: agreement.customerId,
        ...recurringChargeIds(agreement.id, period.periodIndex),
        type: "RECURRING",
        sendState: "PLANNED",
        transactionType: agreement.transactionType,
        amount: period.amount,
        currency: agreement.currency,
        description: chargeDescription(agreement.productName, period.periodStart, period.periodEnd),
        due: period.due,
        retryDays: Math.min(14, Math.max(0, agreement.retryDays)),
        periodIndex: period.periodIndex,
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
      });
    }
    if (schedule.skipped.length) logger.info({ agreementId: agreement.id, skipped: schedule.skipped }, "billing periods skipped without a charge");
    skipped += schedule.skipped.length;
    moves.push({ id: agreement.id, from: agreement.nextPeriodIndex, to: schedule.nextPeriodIndex, date: schedule.nextChargeDate?.toISOString().slice(0, 10) ?? null });
  }

  const inserted = charges.length ? (await tx.charge.createMany({ data: charges, skipDuplicates: true })).count : 0;
  // Guarded on the period we started from: an agreement moved by anyone else is left as they left it.
  await tx.$executeRaw`
    UPDATE "Agreement" a SET "nextPeriodIndex" = v.next, "nextChargeDate" = v.date, "updatedAt" = now()
    FROM unnest(${moves.map((m) => m.id)}::text[], ${moves.map((m) => m.from)}::int[], ${moves.map((m) => m.to)}::int[], ${moves.map((m) => m.date)}::date[])
      AS v(id, prev, next, date)
    WHERE a.id = v.id AND a."nextPeriodIndex" = v.prev`;
  return { agreements: due.length, planned: inserted, skipped };
}
