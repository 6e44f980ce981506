import "server-only";
import { machineMs } from "@/lib/clock";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { applyStoredEvents } from "./apply-stored-events";
import type { TStoredEvent } from "./event-outcome";

const BATCH = 500;
// A claimed event is leased: should this worker die, another takes it after this long.
const LEASE_MS = 5 * 60_000;
// A run hands over to a fresh job after this long, so one job never holds its worker for hours.
const RUN_MS = 50_000;

// Batches applied side by side: while one waits for its transaction and outcomes, the other reads
// from Vipps, so the worker is not idle between batches.
const LOOPS = 2;

/**
 * The webhooks.drain job: applies stored events until none is waiting, BATCH at a time, LOOPS
 * batches at once. Each batch is claimed in one statement (FOR UPDATE SKIP LOCKED, then leased with
 * nextAttemptAt), so the loops, and several workers, drain side by side without taking the same
 * event. Each batch is applied in a system context of its rows' merchant (applyStoredEvents); `ctx`
 * is the job's. Returns what it did, and whether it stopped with events still waiting (the caller
 * then queues another run).
 */
export const drainWebhooks = async (
  ctx: TServerContext,
  options: { batch?: number; runMs?: number } = {},
): Promise<{ applied: number; putOff: number; more: boolean }> => {
  const started = machineMs();
  let applied = 0;
  let putOff = 0;
  let more = false;
  const loop = async () => {
    for (;;) {
      const events = await claim(options.batch ?? BATCH);
      if (!events.length) return;
      const outcomes = await applyStoredEvents(ctx, events);
      for (const o of outcomes) if (o.applied) applied++;
      putOff += outcomes.length - outcomes.filter((o) => o.applied).length;
      if (machineMs() - started > (options.runMs ?? RUN_MS)) return void (more = true);
    }
  };
  await Promise.all(Array.from({ length: LOOPS }, loop));
  return { applied, putOff, more };
};

async function claim(limit: number): Promise<TStoredEvent[]> {
  const lease = machineMs() + LEASE_MS;
  const rows = await db.$queryRaw<TStoredEvent[]>`
    UPDATE "WebhookEvent" AS w
    SET "nextAttemptAt" = to_timestamp(${lease}::float8 / 1000) AT TIME ZONE 'UTC', attempts = w.attempts + 1
    FROM (
      SELECT id FROM "WebhookEvent"
      WHERE "processedAt" IS NULL
        AND ("nextAttemptAt" IS NULL OR "nextAttemptAt" <= now() AT TIME ZONE 'UTC')
      ORDER BY "receivedAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) AS picked
    WHERE w.id = picked.id
    RETURNING w.id, w."eventType", w."agreementId", w."chargeId", w.actor, w.occurred,
      w."transactionId", w.attempts, w.payload`;
  // A Date whichever way the driver hands a timestamp back.
  return rows.map((r) => ({ ...r, occurred: r.occurred === null ? null : new Date(r.occurred) }));
}
