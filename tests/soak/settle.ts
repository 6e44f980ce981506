// Waits until the system has done a simulated day's work: the clock-driven scheduler has fired every
// schedule for the new time, no charge due by today is still unsent, and no job is queued, waiting
// to retry soon, or running (except those a SIGKILLed worker held: pg-boss hands them out again
// once they expire). Bounded: a day that does not settle fails the run with what was left.
import { db } from "@/lib/db";
import { lastFiring, SCHEDULES } from "@/lib/queue/schedules";

const SOON_MS = 15_000;

export type TSettleOptions = {
  lastKill: Date | null;
  timeoutMs: number;
  /** Queues not waited for (a PENDING sign-up's poll chain runs until Vipps decides). */
  ignoreQueues?: string[];
  /** More conditions, as reasons not to be settled yet. */
  also?: () => Promise<string[]>;
};

export async function unsettled(at: Date, today: string, options: TSettleOptions): Promise<string[]> {
  const { lastKill } = options;
  const ignore = options.ignoreQueues ?? [];
  const reasons: string[] = options.also ? await options.also() : [];
  const ticks = await db.scheduledTick.findMany();
  for (const { queue, cron } of SCHEDULES) {
    const fired = ticks.find((t) => t.queue === queue)?.firedFor;
    if (!fired || fired < lastFiring(cron, at)) reasons.push(`schedule ${queue} not fired yet`);
  }
  const planned = await db.charge.count({
    where: { sendState: "PLANNED", due: { lte: new Date(`${today}T00:00:00Z`) } },
  });
  if (planned) reasons.push(`${planned} charges due by ${today} still PLANNED`);
  const jobs = await db.$queryRaw<{ name: string; state: string; n: number }[]>`
    SELECT name, state::text AS state, count(*)::int AS n FROM pgboss.job
    WHERE NOT (name = ANY(${ignore}))
      -- A sign-up's poll chain outlives its decision (the return page applied it): only an agreement
      -- still PENDING in Abo has polling left to do.
      AND NOT (name = 'agreement.poll' AND NOT EXISTS (
        SELECT 1 FROM "Agreement" a WHERE a.id = data->>'agreementId' AND a.status = 'PENDING'))
      AND ((state IN ('created', 'retry') AND start_after <= now() + ${`${SOON_MS} milliseconds`}::interval)
       OR (state = 'active' AND (${lastKill}::timestamptz IS NULL OR started_on > ${lastKill}::timestamptz)))
    GROUP BY name, state`;
  for (const j of jobs) reasons.push(`${j.n} ${j.name} jobs ${j.state}`);
  return reasons;
}

export async function settle(at: Date, today: string, options: TSettleOptions): Promise<{ ms: number }> {
  const { timeoutMs } = options;
  const started = Date.now();
  let reasons: string[] = [];
  while (Date.now() - started < timeoutMs) {
    const previous = reasons.join("; ");
    reasons = await unsettled(at, today, options);
    if (process.env.SOAK_VERBOSE && reasons.join("; ") !== previous)
      console.log(`  +${Date.now() - started}ms ${reasons.join("; ") || "settled"}`);
    if (reasons.length === 0) return { ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the system did not settle in ${timeoutMs / 1000}s: ${reasons.join("; ")}`);
}
