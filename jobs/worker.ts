// The worker: runs Abo's background jobs from the PostgreSQL-backed queue (pg-boss). Several
// instances may run against one database; pg-boss hands each job to exactly one of them, and each
// scheduled tick is fired once whichever instance fires it.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
if (existsSync(".env")) process.loadEnvFile(".env");

const { env, checkEnv, requireEnv, EnvError, productionProblems } = await import("@/lib/env");
try {
  checkEnv(["DATABASE_URL", "ENCRYPTION_KEY"]); // every problem at once, one line each
  const problems = productionProblems();
  if (problems.length) throw new EnvError(problems);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message); // eslint-disable-line no-console -- before the logger exists
    process.exit(1);
  }
  throw error;
}

const { PgBoss } = await import("pg-boss");
const { logger } = await import("@/lib/logger");
const { withRequestContext } = await import("@/lib/request-context");
const { QUEUES } = await import("@/lib/queue/queues");
type TQueueDefinition = { payload: { parse: (data: unknown) => unknown }; perItem?: boolean };
const { HANDLERS } = await import("./handlers");
const { ON_START, SCHEDULES } = await import("@/lib/queue/schedules");
const { startClockScheduler } = await import("./clock-scheduler");
const { startHeartbeat } = await import("./heartbeat");
const { enqueue, stopProducer } = await import("@/lib/queue/client");

const workerId = `worker-${randomUUID()}`;
const log = logger.child({ component: "worker", workerId });
const boss = new PgBoss({ connectionString: requireEnv("DATABASE_URL"), migrate: false, max: 10 });
boss.on("error", (error) => log.error({ err: error }, "job queue error"));
await boss.start();

for (const [queue, load] of Object.entries(HANDLERS)) {
  const definition: TQueueDefinition = QUEUES[queue as keyof typeof QUEUES];
  // Each unit of concurrency is its own polling loop: only queues with one job per agreement, charge
  // or event run in parallel; the batch and cron queues do one run at a time anyway.
  const localConcurrency = definition.perItem ? env().WORKER_CONCURRENCY : 1;
  await boss.work(
    queue,
    { batchSize: 1, localConcurrency, pollingIntervalSeconds: 0.5, includeMetadata: true },
    async ([job]) => {
      if (!job) return;
      await withRequestContext({ requestId: `job-${job.id}` }, async () => {
        const started = Date.now();
        try {
          const { handle } = (await load()) as { handle: (payload: unknown) => Promise<void> };
          // Scheduled jobs carry no data (pg-boss stores null): that is the empty payload.
          await handle(definition.payload.parse(job.data ?? {}));
          log.debug({ queue, jobId: job.id, ms: Date.now() - started }, "job done");
        } catch (error) {
          // Logged once per attempt, here; pg-boss keeps the error on the job for the System page.
          const final = job.retryCount >= job.retryLimit;
          log[final ? "error" : "warn"](
            { queue, jobId: job.id, attempt: job.retryCount + 1, err: error },
            final ? "job failed; no retries left" : "job failed; pg-boss will retry it",
          );
          throw error;
        }
      });
    },
  );
}

const onTickError = (error: unknown) => log.error({ err: error }, "scheduler tick failed");
// With time travel the schedules follow Abo's clock (lib/queue/schedules.ts); otherwise pg-boss's crons.
const clockScheduler = env().ALLOW_TIME_TRAVEL
  ? startClockScheduler(env().SCHEDULER_TICK_MS, onTickError)
  : undefined;
for (const { queue, cron } of SCHEDULES) {
  if (clockScheduler) await boss.unschedule(queue);
  else await boss.schedule(queue, cron, {}, { tz: "UTC", missed: "once" });
}
const heartbeat = startHeartbeat(workerId, env().WORKER_HEARTBEAT_SECONDS, (error) =>
  log.warn({ err: error }, "heartbeat failed"),
);
// Catch up at once (webhook registration, billing, overdue polls) instead of waiting for the crons.
for (const queue of ON_START) await enqueue(queue, {});

log.info(
  {
    queues: Object.keys(HANDLERS),
    concurrency: env().WORKER_CONCURRENCY,
    schedules: clockScheduler ? "Abo's clock" : "wall clock",
  },
  "worker started",
);
console.log("worker ready"); // eslint-disable-line no-console -- readiness line for scripts/start.ts

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "worker stopping: finishing the jobs in hand");
  await clockScheduler?.stop();
  // graceful: no new jobs are fetched and the ones in hand finish (up to the timeout).
  await boss.stop({ graceful: true, timeout: 30_000 });
  await heartbeat.stop();
  await stopProducer();
  log.info("worker stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
