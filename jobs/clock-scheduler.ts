// The clock-driven scheduler (time travel only; lib/queue/schedules.ts says why). Each tick claims the
// latest firing of every schedule with one compare-and-set row per queue, so however many workers
// tick, each firing is queued once; a jump of a month fires each schedule once, at the newest firing.
import "server-only";
import { fromPrisma } from "pg-boss";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/queue/client";
import { lastFiring, SCHEDULES } from "@/lib/queue/schedules";

/** Queues every schedule whose latest firing (on Abo's clock) has not been queued yet. */
export async function fireDueSchedules(at?: Date): Promise<string[]> {
  const time = at ?? (await now());
  const fired: string[] = [];
  for (const { queue, cron } of SCHEDULES) {
    const firing = lastFiring(cron, time);
    // The claim and the job commit together: a worker killed in between leaves neither.
    const claimed = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ queue: string }[]>`
        INSERT INTO "ScheduledTick" (queue, "firedFor") VALUES (${queue}, ${firing})
        ON CONFLICT (queue) DO UPDATE SET "firedFor" = EXCLUDED."firedFor"
          WHERE "ScheduledTick"."firedFor" < EXCLUDED."firedFor"
        RETURNING queue`;
      if (rows.length > 0) await enqueue(queue, {}, { db: fromPrisma(tx) });
      return rows.length > 0;
    });
    if (claimed) fired.push(queue);
  }
  return fired;
}

/** Ticks until stopped; a failed tick is logged by the caller and the next one tries again. */
export function startClockScheduler(
  tickMs: number,
  onError: (error: unknown) => void,
): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => fireDueSchedules()).catch(onError);
  }, tickMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
