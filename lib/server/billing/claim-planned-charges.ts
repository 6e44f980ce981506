import "server-only";
import type { ChargeType, ProcessingMode, TransactionType } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TClaimedCharge = {
  id: string;
  agreementId: string;
  orderId: string;
  idempotencyKey: string;
  type: ChargeType;
  transactionType: TransactionType;
  amount: number;
  description: string;
  due: Date | null;
  retryDays: number | null;
  externalId: string | null;
  vippsAgreementId: string;
  salesUnitId: string;
  /** The agreement's merchant: the run serves every merchant, each charge is sent as its own's. */
  merchantId: string;
  processingMode: ProcessingMode;
};

/**
 * Takes up to `limit` PLANNED charges for sending, of every merchant (the billing run is the
 * system's), leasing them until `leaseUntil` (in nextPollAt, which for a PLANNED charge means "next
 * send attempt", taken once it is no later than `ctx.now`), so two senders never send the same one;
 * a sender that dies mid-call leaves a lease that simply runs out. The order is stable, so a batch
 * retried after a lost answer is the same batch, with the same batch Idempotency-Key.
 */
export const claimPlannedCharges = async (
  ctx: TServerContext,
  input: {
    leaseUntil: Date;
    limit: number;
  },
): Promise<TClaimedCharge[]> =>
  db.$queryRaw<TClaimedCharge[]>`
    WITH picked AS (
      SELECT c.id FROM "Charge" c JOIN "Agreement" a ON a.id = c."agreementId"
      WHERE c."sendState" = 'PLANNED' AND c.status = 'PENDING' AND c.type <> 'INITIAL'
        AND a.status = 'ACTIVE' AND a."vippsAgreementId" IS NOT NULL
        AND (c."nextPollAt" IS NULL OR c."nextPollAt" <= ${ctx.now})
      ORDER BY c."createdAt", c.id
      LIMIT ${input.limit}
      FOR UPDATE OF c SKIP LOCKED
    )
    UPDATE "Charge" c SET "nextPollAt" = ${input.leaseUntil}
    FROM picked, "Agreement" a
    WHERE c.id = picked.id AND a.id = c."agreementId"
    RETURNING c.id, c."agreementId", c."orderId", c."idempotencyKey", c.type, c."transactionType", c.amount, c.description, c.due,
      c."retryDays", c."externalId", a."vippsAgreementId", a."salesUnitId", a."merchantId",
      a."processingMode"`;
