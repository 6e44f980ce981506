import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { groupCommit } from "@/lib/group-commit";
import type { TWebhookPayload } from "@/lib/vipps/webhook-payload";

export type TStoredWebhookEvent = { duplicate: boolean; processed: boolean };

type TDelivery = { identity: string; event: TWebhookPayload };

// Deliveries that arrive while a write is under way are stored together (lib/group-commit.ts), so a
// burst costs one INSERT per group instead of one per delivery (the per-statement cost, not
// PostgreSQL, is what limits a single upsert).
const storeDelivery = groupCommit(async (group: TDelivery[]) => settle(group, await upsertGroup(group)), {
  maxGroup: 500,
  maxWritesInFlight: 2,
});

/**
 * Stores a verified event once by its identity (a redelivery only counts up `deliveries`) and
 * resolves after the statement that stored it has committed, so an answer of 200 means the event
 * is durable. `duplicate`: the event was stored before this delivery (by an earlier request, or an
 * earlier one in the same group); `processed`: the worker has already applied it.
 */
export const storeWebhookEvent = (identity: string, event: TWebhookPayload): Promise<TStoredWebhookEvent> =>
  storeDelivery({ identity, event });

type TRow = { identity: string; deliveries: number; processed: boolean };

// One statement for the group: the same identity twice in a group is one row that counts both.
// receivedAt is the database's clock in UTC, the way Prisma keeps timestamps.
async function upsertGroup(group: TDelivery[]): Promise<Map<string, TRow>> {
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
function settle(group: TDelivery[], stored: Map<string, TRow>): TStoredWebhookEvent[] {
  const before = new Map<string, number>();
  for (const p of group) before.set(p.identity, (before.get(p.identity) ?? 0) + 1);
  for (const [identity, count] of before) before.set(identity, stored.get(identity)!.deliveries - count);
  return group.map((p) => {
    const row = stored.get(p.identity)!;
    const earlier = before.get(p.identity)!;
    before.set(p.identity, earlier + 1);
    return { duplicate: earlier > 0, processed: row.processed };
  });
}

const occurredAt = (event: TWebhookPayload): string | null =>
  event.occurred && !Number.isNaN(Date.parse(event.occurred)) ? new Date(event.occurred).toISOString() : null;
