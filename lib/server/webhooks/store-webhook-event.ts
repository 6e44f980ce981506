import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { TWebhookPayload } from "@/lib/vipps/webhook-payload";

export type TStoredWebhookEvent = { duplicate: boolean; processed: boolean };

type TPending = {
  identity: string;
  event: TWebhookPayload;
  resolve: (stored: TStoredWebhookEvent) => void;
  reject: (error: unknown) => void;
};

// Group commit: deliveries that arrive while a write is under way are stored together in the next
// one, so a burst costs one INSERT per group instead of one per delivery (the per-statement cost,
// not PostgreSQL, is what limits a single upsert). Alone, a delivery is written at once (next turn
// of the event loop); there is no timer to wait out.
const MAX_WRITES_IN_FLIGHT = 2;
const MAX_GROUP = 500;
let pending: TPending[] = [];
let writesInFlight = 0;
let scheduled = false;

/**
 * Stores a verified event once by its identity (a redelivery only counts up `deliveries`) and
 * resolves after the statement that stored it has committed, so an answer of 200 means the event
 * is durable. `duplicate`: the event was stored before this delivery (by an earlier request, or an
 * earlier one in the same group); `processed`: the worker has already applied it.
 */
export const storeWebhookEvent = (identity: string, event: TWebhookPayload): Promise<TStoredWebhookEvent> =>
  new Promise((resolve, reject) => {
    pending.push({ identity, event, resolve, reject });
    scheduleWrite();
  });

function scheduleWrite(): void {
  if (scheduled || writesInFlight >= MAX_WRITES_IN_FLIGHT || pending.length === 0) return;
  scheduled = true;
  // setImmediate, not a microtask: requests whose bodies arrived in the same I/O phase join the group.
  setImmediate(() => {
    scheduled = false;
    const group = pending.slice(0, MAX_GROUP);
    pending = pending.slice(MAX_GROUP);
    writesInFlight++;
    void writeGroup(group).finally(() => {
      writesInFlight--;
      scheduleWrite();
    });
    scheduleWrite();
  });
}

async function writeGroup(group: TPending[]): Promise<void> {
  try {
    settle(group, await upsertGroup(group));
  } catch (error) {
    if (group.length === 1) return group[0]!.reject(error);
    // One bad row must not fail the others' deliveries: each alone, each with its own answer.
    await Promise.all(
      group.map(async (p) => {
        try {
          settle([p], await upsertGroup([p]));
        } catch (alone) {
          p.reject(alone);
        }
      }),
    );
  }
}

type TRow = { identity: string; deliveries: number; processed: boolean };

// One statement for the group: the same identity twice in a group is one row that counts both.
// receivedAt is the database's clock in UTC, the way Prisma keeps timestamps.
async function upsertGroup(group: TPending[]): Promise<Map<string, TRow>> {
  const byIdentity = new Map<string, { event: TWebhookPayload; count: number }>();
  for (const { identity, event } of group) {
    const seen = byIdentity.get(identity);
    if (seen) seen.count++;
    else byIdentity.set(identity, { event, count: 1 });
  }
  const rows = [...byIdentity.entries()];
  const col = <T>(pick: (event: TWebhookPayload) => T) => rows.map(([, { event }]) => pick(event));
  const stored = await db.$queryRaw<TRow[]>`
    INSERT INTO "WebhookEvent" AS w (id, identity, "eventType", msn, "agreementId", "chargeId", actor,
      "transactionId", occurred, payload, deliveries, "receivedAt")
    SELECT v.id, v.identity, v.event_type, v.msn, v.agreement, v.charge, v.actor, v.transaction,
      v.occurred::timestamp, v.payload::jsonb, v.deliveries,
      now() AT TIME ZONE 'UTC'
    FROM unnest(
      ${rows.map(() => `c${randomBytes(12).toString("hex")}`)}::text[], ${rows.map(([identity]) => identity)}::text[],
      ${col((e) => e.eventType)}::text[], ${col((e) => e.msn ?? null)}::text[],
      ${col((e) => e.agreementId ?? null)}::text[], ${col((e) => e.chargeId ?? null)}::text[],
      ${col((e) => e.actor ?? null)}::text[], ${col((e) => e.transactionId ?? null)}::text[],
      ${col(occurredAt)}::text[], ${col((e) => JSON.stringify(e))}::text[],
      ${rows.map(([, { count }]) => count)}::int[]
    ) AS v(id, identity, event_type, msn, agreement, charge, actor, transaction, occurred, payload, deliveries)
    ON CONFLICT (identity) DO UPDATE SET deliveries = w.deliveries + EXCLUDED.deliveries
    RETURNING w.identity, w.deliveries, w."processedAt" IS NOT NULL AS processed`;
  return new Map(stored.map((row) => [row.identity, { ...row, deliveries: Number(row.deliveries) }]));
}

// The deliveries of one identity, in arrival order, were the last `count` of its `deliveries`.
function settle(group: TPending[], stored: Map<string, TRow>): void {
  const before = new Map<string, number>();
  for (const p of group) before.set(p.identity, (before.get(p.identity) ?? 0) + 1);
  for (const [identity, count] of before) before.set(identity, stored.get(identity)!.deliveries - count);
  for (const p of group) {
    const row = stored.get(p.identity)!;
    const earlier = before.get(p.identity)!;
    before.set(p.identity, earlier + 1);
    p.resolve({ duplicate: earlier > 0, processed: row.processed });
  }
}

const occurredAt = (event: TWebhookPayload): string | null =>
  event.occurred && !Number.isNaN(Date.parse(event.occurred)) ? new Date(event.occurred).toISOString() : null;
