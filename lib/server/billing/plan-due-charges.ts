import "server-only";
import { randomBytes } from "node:crypto";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { Currency, TransactionType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { chargeDescription, leadDaysOf, scheduleCharges } from "@/lib/domain/billing-schedule";
import { recurringChargeIds } from "@/lib/domain/ids";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { logger } from "@/lib/logger";
import { calendarAgreementOf } from "@/lib/server/agreements/billing-plan";
import type { TServerContext } from "@/lib/server/context/server-context";

const BATCH = 2000;

// What planning reads of an agreement, selected with the row lock in one statement.
type TDueAgreement = Pick<
  Agreement,
  | "id"
  | "customerId"
  | "currency"
  | "pricingType"
  | "amount"
  | "suggestedMaxAmount"
  | "maxAmount"
  | "intervalUnit"
  | "intervalCount"
  | "billingAnchor"
  | "anchorPeriodIndex"
  | "nextPeriodIndex"
  | "pausedUntil"
  | "stopAt"
  | "productName"
  | "transactionType"
  | "retryDays"
  | "campaignType"
  | "campaignPrice"
  | "campaignEnd"
  | "campaignEventDate"
  | "campaignPeriodUnit"
  | "campaignPeriodCount"
  | "campaignEndPeriod"
>;

export type TPlanResult = { agreements: number; planned: number; skipped: number };

/**
 * The scheduler: for every ACTIVE agreement (of every merchant: the run is the system's) whose next
 * period starts within its merchant's lead time as of `ctx.now`, writes the period's RECURRING charge as a PLANNED row (orderId and Idempotency-Key derived
 * from agreement and period) and moves the agreement on to the next period, in one transaction per
 * batch. Rows are locked (FOR UPDATE SKIP LOCKED), so two workers never plan the same agreement;
 * the unique (agreementId, periodIndex) is the last word should anything else slip through.
 */
export const planDueCharges = async (
  ctx: TServerContext,
  options: { batchSize?: number } = {},
): Promise<TPlanResult> => {
  const batchSize = options.batchSize ?? BATCH;
  // One moment for the whole run, every batch included (the demo seed replays billing at another
  // moment by passing a context whose `now` is that moment).
  const total: TPlanResult = { agreements: 0, planned: 0, skipped: 0 };
  for (;;) {
    const result = await db.$transaction((tx) => planBatch(ctx, tx, batchSize), {
      timeout: 120_000,
      maxWait: 30_000,
    });
    total.agreements += result.agreements;
    total.planned += result.planned;
    total.skipped += result.skipped;
    if (result.agreements < batchSize) return total;
  }
};

async function planBatch(ctx: TServerContext, tx: Tx, size: number): Promise<TPlanResult> {
  const today = toDateOnly(ctx.now);
  // Per merchant (each has its own lead time), in nextChargeDate order along the index, so a batch
  // reads only the rows it takes.
  const agreements: (TDueAgreement & { leadDays: number })[] = [];
  for (const merchant of await tx.merchant.findMany({ select: { id: true, chargeLeadDays: true } })) {
    const horizon = addDays(today, leadDaysOf(merchant.chargeLeadDays));
    const rows = await tx.$queryRaw<TDueAgreement[]>`
      SELECT id, "customerId", currency, "pricingType", amount, "suggestedMaxAmount", "maxAmount", "intervalUnit", "intervalCount",
        "billingAnchor", "anchorPeriodIndex", "nextPeriodIndex", "pausedUntil", "stopAt", "productName", "transactionType", "retryDays",
        "campaignType", "campaignPrice", "campaignEnd", "campaignEventDate", "campaignPeriodUnit", "campaignPeriodCount",
        "campaignEndPeriod"
      FROM "Agreement"
      WHERE status = 'ACTIVE' AND "nextChargeDate" <= ${horizon}::date AND "merchantId" = ${merchant.id}
      ORDER BY "nextChargeDate"
      LIMIT ${size - agreements.length}
      FOR UPDATE SKIP LOCKED`;
    agreements.push(...rows.map((row) => ({ ...row, leadDays: merchant.chargeLeadDays })));
    if (agreements.length >= size) break;
  }
  if (agreements.length === 0) return { agreements: 0, planned: 0, skipped: 0 };

  const charges: TNewCharge[] = [];
  const moves: { id: string; from: number; to: number; date: string | null }[] = [];
  let skipped = 0;
  for (const agreement of agreements) {
    const calendar = calendarAgreementOf(agreement);
    const { plan } = calendar;
    if (!plan) {
      moves.push({
        id: agreement.id,
        from: agreement.nextPeriodIndex,
        to: agreement.nextPeriodIndex,
        date: null,
      });
      continue;
    }
    const schedule = scheduleCharges({ ...calendar, plan, now: ctx.now, leadDays: agreement.leadDays });
    for (const period of schedule.charges) {
      charges.push({
        agreementId: agreement.id,
        customerId: agreement.customerId,
        ...recurringChargeIds(agreement.id, period.periodIndex),
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
    if (schedule.skipped.length)
      logger.info(
        { agreementId: agreement.id, skipped: schedule.skipped },
        "billing periods skipped without a charge",
      );
    skipped += schedule.skipped.length;
    moves.push({
      id: agreement.id,
      from: agreement.nextPeriodIndex,
      to: schedule.nextPeriodIndex,
      date: schedule.nextChargeDate?.toISOString().slice(0, 10) ?? null,
    });
  }

  const inserted = await insertCharges(tx, charges);
  // Guarded on the period we started from: an agreement moved by anyone else is left as they left it.
  await tx.$executeRaw`
    UPDATE "Agreement" a SET "nextPeriodIndex" = v.next, "nextChargeDate" = v.date, "updatedAt" = now()
    FROM unnest(${moves.map((m) => m.id)}::text[], ${moves.map((m) => m.from)}::int[], ${moves.map((m) => m.to)}::int[], ${moves.map((m) => m.date)}::date[])
      AS v(id, prev, next, date)
    WHERE a.id = v.id AND a."nextPeriodIndex" = v.prev`;
  return { agreements: agreements.length, planned: inserted, skipped };
}

type TNewCharge = {
  agreementId: string;
  customerId: string | null;
  orderId: string;
  idempotencyKey: string;
  transactionType: TransactionType;
  amount: number;
  currency: Currency;
  description: string;
  due: Date;
  retryDays: number;
  periodIndex: number;
  periodStart: Date;
  periodEnd: Date;
};

const ymd = (date: Date) => date.toISOString().slice(0, 10);

// One set-based INSERT for the batch (Prisma's createMany is ~50x slower here). A period that
// already has its charge is left alone: the unique (agreementId, periodIndex) decides.
async function insertCharges(tx: Tx, charges: TNewCharge[]): Promise<number> {
  if (charges.length === 0) return 0;
  const col = <K extends keyof TNewCharge>(key: K) => charges.map((c) => c[key]);
  return tx.$executeRaw`
    INSERT INTO "Charge" (id, "agreementId", "customerId", "orderId", "idempotencyKey", type, "sendState", "transactionType", amount, currency,
      description, due, "retryDays", "periodIndex", "periodStart", "periodEnd", "updatedAt")
    SELECT v.id, v.agreement, v.customer, v.order_id, v.key, 'RECURRING', 'PLANNED', v.tt::"TransactionType", v.amount, v.currency::"Currency",
      v.description, v.due, v.retry, v.period, v.start, v.end, now()
    FROM unnest(
      ${charges.map(() => `c${randomBytes(12).toString("hex")}`)}::text[], ${col("agreementId")}::text[], ${col("customerId")}::text[],
      ${col("orderId")}::text[], ${col("idempotencyKey")}::text[], ${col("transactionType")}::text[], ${col("amount")}::int[],
      ${col("currency")}::text[], ${col("description")}::text[], ${charges.map((c) => ymd(c.due))}::date[], ${col("retryDays")}::int[],
      ${col("periodIndex")}::int[], ${charges.map((c) => ymd(c.periodStart))}::date[], ${charges.map((c) => ymd(c.periodEnd))}::date[]
    ) AS v(id, agreement, customer, order_id, key, tt, amount, currency, description, due, retry, period, start, "end")
    ON CONFLICT DO NOTHING`;
}
