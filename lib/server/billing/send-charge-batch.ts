import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { VippsProblemError, isRetryable } from "@/lib/vipps/errors";
import type { TBulkChargeItem, TBulkChargesResponse } from "@/lib/vipps/schemas";
import type { TClaimedCharge } from "./claim-planned-charges";
import { releaseCharges } from "./release-charges";
import { markChargeRejected } from "./mark-charge-rejected";

export const BULK_MAX = 2000;
export const RETRY_SOON_MS = 10_000;

export type TSendOutcome = { sent: number; rejected: number; released: number; retryAfterMs?: number };

/** The batch's Idempotency-Key comes from its content: the same batch sent again is the same request. */
function batchKey(items: TBulkChargeItem[]): string {
  return `bulk-${createHash("sha256").update(JSON.stringify(items)).digest("base64url").slice(0, 34)}`;
}

// Vipps words it "orderId … has already been used": ours from an earlier batch whose answer was lost.
const ORDER_ID_TAKEN = /orderid/i;
const TAKEN = /already|used|exists|duplicate|unique|taken/i;

/**
 * Sends up to 2,000 RECURRING charges of one sales unit with the bulk async endpoint (FACTS §4.8).
 * Accepted items are SENT at once (Vipps has validated them and holds their orderIds); an item whose
 * creation fails later arrives as a charge-creation-failed webhook, and without one, the first poll
 * after its due date finds it missing and marks it rejected. Refused items end REJECTED with
 * Vipps's reasons, except an orderId Vipps already has, which is ours and counts as sent. Released
 * charges are tried again counted from the batch's now (`ctx.now`).
 */
export const sendChargeBatch = async (
  ctx: TServerContext,
  salesUnitId: string,
  charges: TClaimedCharge[],
): Promise<TSendOutcome> => {
  const items: TBulkChargeItem[] = charges.map((c) => ({
    agreementId: c.vippsAgreementId,
    amount: c.amount,
    transactionType: c.transactionType,
    description: c.description,
    due: c.due!.toISOString().slice(0, 10),
    retryDays: c.retryDays ?? 0,
    orderId: c.orderId,
    ...(c.externalId ? { externalId: c.externalId } : {}),
  }));
  const ids = charges.map((c) => c.id);
  const client = await getVippsClient(salesUnitId);
  let response: TBulkChargesResponse;
  try {
    response = await client.createChargesAsync(items, { idempotencyKey: batchKey(items) });
  } catch (error) {
    if (error instanceof VippsProblemError && error.status === 429) {
      const retryAfterMs = error.retryAfterMs ?? 60_000;
      await releaseCharges(ctx, ids, retryAfterMs);
      return { sent: 0, rejected: 0, released: ids.length, retryAfterMs };
    }
    if (isRetryable(error)) {
      // Unknown outcome: the same batch goes again soon with the same key, and Vipps replays.
      logger.warn(
        { err: error, salesUnitId, charges: ids.length },
        "charge batch got no answer; it will be sent again",
      );
      await releaseCharges(ctx, ids, RETRY_SOON_MS);
      return { sent: 0, rejected: 0, released: ids.length, retryAfterMs: RETRY_SOON_MS };
    }
    throw error;
  }

  const refusals = new Map<string, string[]>();
  for (const item of response.invalidCharges) {
    const orderId = item.chargeBatchItemDto?.orderId;
    if (typeof orderId === "string") refusals.set(orderId, item.errors ?? []);
  }
  const accepted = new Set(response.validCharges);
  const sent: string[] = [];
  const unanswered: string[] = [];
  const refused: TClaimedCharge[] = [];
  for (const charge of charges) {
    const errors = refusals.get(charge.orderId);
    // Our orderIds are derived from our own agreement and period: "already used" means an earlier
    // attempt of ours got there (its answer was lost), so it counts as sent like an accepted one.
    if (accepted.has(charge.orderId) || errors?.some((e) => ORDER_ID_TAKEN.test(e) && TAKEN.test(e)))
      sent.push(charge.id);
    else if (errors) refused.push(charge);
    else unanswered.push(charge.id);
  }
  await markBatchSent(sent);
  for (const charge of refused) {
    const errors = refusals.get(charge.orderId)!;
    await markChargeRejected(ctx, charge.id, {
      title: "Refused in a charge batch",
      detail: errors.join("; ") || "Refused",
      errors,
    });
  }
  await releaseCharges(ctx, unanswered, RETRY_SOON_MS);
  return { sent: sent.length, rejected: refused.length, released: unanswered.length };
};

/** SENT, and first read from Vipps on the due date after the morning batch (see nextChargePollAt). */
async function markBatchSent(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "Charge" SET "sendState" = 'SENT', "nextPollAt" = due + interval '9 hours', "updatedAt" = now()
    WHERE id = ANY(${ids}::text[]) AND "sendState" = 'PLANNED'`;
}
