import "server-only";
import { machineNow } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { inLanes } from "@/lib/in-lanes";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { AgreementStatus, StopActor } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import type { TAgreement } from "@/lib/vipps/schemas";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import type { TSyncSource } from "@/lib/server/charges/apply-vipps-charge";
import { emailAgreementMoves } from "@/lib/server/email/email-customer";
import { agreementUpdate, type TAgreementUpdate } from "./agreement-update";
import { applyVippsAgreement } from "./apply-vipps-agreement";

export type TAgreementRead = { agreement: Agreement; remote: TAgreement; actor?: StopActor };
export type TAgreementApplied =
  { changed: boolean; from: AgreementStatus; to: AgreementStatus } | { error: unknown };

// The columns a stop, an expiry or a plain sync writes (agreementUpdate), with their SQL types. A
// read whose update writes any other column (an activation) is applied on its own.
const COLUMNS = {
  lastSyncedAt: "timestamp",
  maxAmount: "int",
  vippsSub: "text",
  campaignExplanation: "text",
  amount: "int",
  status: '"AgreementStatus"',
  stoppedAt: "timestamp",
  stopActor: '"StopActor"',
  stopCause: '"StopCause"',
  nextChargeDate: "date",
  nextPollAt: "timestamp",
} as const;

// Agreements applied one by one at the same time (those the batch does not take).
const ONE_BY_ONE_LANES = 8;

type TPlanned = TAgreementRead & TAgreementUpdate & { index: number };

/**
 * Applies many reads of agreements from Vipps, each exactly as applyVippsAgreement would (the same
 * agreementUpdate, forward only, the same charge voids, audit entries and customer mail), but the
 * stops, expiries and plain syncs of all of them in one transaction of a few statements: one UPDATE … FROM
 * for the rows, one for the voided charges, one read and one insert for the mails
 * (emailAgreementMoves), the audit entries beside them. Built for a
 * burst of agreement-stopped webhooks (a deleted Vipps profile), where one transaction per
 * agreement, and the dashboard triggers each one fires, were most of the cost. Activations, an
 * agreement whose status moved since it was read, and the whole batch should its transaction fail,
 * go through applyVippsAgreement one by one. Returns each read's result, or the error that kept it
 * from being applied, in the order given. The agreements must be of the context's merchant.
 */
export const applyVippsAgreements = async (
  ctx: TServerContext,
  reads: TAgreementRead[],
  source: TSyncSource,
): Promise<TAgreementApplied[]> => {
  const syncedAt = machineNow();
  const results: TAgreementApplied[] = new Array(reads.length);
  const seen = new Set<string>();
  const batch: TPlanned[] = [];
  const oneByOne: number[] = [];
  reads.forEach((read, index) => {
    const planned = { ...read, ...agreementUpdate(read.agreement, read.remote, read.actor, syncedAt), index };
    const simple = Object.keys(planned.data).every((column) => column in COLUMNS);
    // The same agreement twice: the second after the first, as one by one.
    if (simple && !seen.has(read.agreement.id)) batch.push(planned);
    else oneByOne.push(index);
    seen.add(read.agreement.id);
  });

  if (batch.length) {
    let taken = new Set<string>();
    try {
      taken = await db.$transaction((tx) => applyBatch(ctx, tx, batch, source, syncedAt), {
        timeout: 60_000,
      });
    } catch (error) {
      // A deadlock, a mail that cannot be written: each on its own, so one cannot hold up the rest.
      logger.warn({ err: error, agreements: batch.length }, "batch apply failed; applying one by one");
    }
    for (const p of batch) {
      if (taken.has(p.agreement.id))
        results[p.index] = {
          changed: p.moves,
          from: p.agreement.status,
          to: p.moves ? p.remote.status : p.agreement.status,
        };
      else oneByOne.push(p.index);
    }
  }

  await inLanes(oneByOne, ONE_BY_ONE_LANES, async (index) => {
    const { agreement, remote, actor } = reads[index]!;
    try {
      // One whose status moved since it was read is read again by applyVippsAgreement itself.
      results[index] = await applyVippsAgreement(ctx, agreement, remote, source, actor);
    } catch (error) {
      results[index] = { error };
    }
  });
  return results;
};

/** The batch's rows in one transaction; returns the agreements updated (still in the status read). */
async function applyBatch(
  ctx: TServerContext,
  tx: Tx,
  batch: TPlanned[],
  source: TSyncSource,
  at: Date,
): Promise<Set<string>> {
  const ids = batch.map((p) => p.agreement.id).sort();
  // Rows locked in one order, so two batches (or a batch and a billing run) cannot deadlock on them.
  await tx.$queryRaw`
    SELECT id FROM "Agreement" WHERE id = ANY(${ids}::text[]) AND "merchantId" = ${ctx.merchantId}
    ORDER BY id FOR UPDATE`;
  const rows = JSON.stringify(
    batch.map((p) => ({ id: p.agreement.id, from: p.agreement.status, data: p.data })),
  );
  const sets = Object.entries(COLUMNS).map(
    ([column, type]) =>
      `"${column}" = CASE WHEN v.data ? '${column}' THEN ${cast(column, type)} ELSE a."${column}" END`,
  );
  const updated = await tx.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "Agreement" AS a SET ${sets.join(", ")}, "updatedAt" = $2::timestamptz AT TIME ZONE 'UTC'
     FROM jsonb_to_recordset($1::jsonb) AS v(id text, "from" text, data jsonb)
     WHERE a.id = v.id AND a."merchantId" = $3 AND a.status = v."from"::"AgreementStatus"
     RETURNING a.id`,
    rows,
    at.toISOString(),
    ctx.merchantId,
  );
  const taken = new Set(updated.map((r) => r.id));
  const moved = batch.filter((p) => p.moves && taken.has(p.agreement.id));
  const ended = moved.filter((p) => p.remote.status === "STOPPED" || p.remote.status === "EXPIRED");
  if (ended.length)
    // Ended outside Abo (stopped in the app, expired): charges planned but never sent will not be.
    await tx.charge.updateMany({
      where: {
        agreementId: { in: ended.map((p) => p.agreement.id) },
        sendState: "PLANNED",
        status: "PENDING",
      },
      data: { status: "CANCELLED" },
    });
  if (moved.length) {
    if (source === "reconcile")
      for (const p of moved)
        await recordAudit(
          ctx,
          {
            actor: { type: "SYSTEM" },
            action: "agreement.repaired",
            target: { type: "agreement", id: p.agreement.id },
            customerId: p.agreement.customerId,
            agreementId: p.agreement.id,
            reason: "Vipps MobilePay reported a state Abo had missed",
            before: { status: p.agreement.status },
            after: { status: p.remote.status },
          },
          tx,
        );
    // The mails too in one read and one insert (not a read and an insert per agreement).
    await emailAgreementMoves(
      ctx,
      tx,
      moved.map((p) => ({ agreementId: p.agreement.id, from: p.agreement.status, to: p.remote.status })),
    );
  }
  return taken;
}

// The JSON value as the column's type; times are ISO instants, kept as UTC like Prisma keeps them.
function cast(column: string, type: string): string {
  const value = `(v.data->>'${column}')`;
  if (type === "timestamp") return `(${value}::timestamptz AT TIME ZONE 'UTC')`;
  if (type === "date") return `(${value}::timestamptz AT TIME ZONE 'UTC')::date`;
  return `${value}::${type}`;
}
