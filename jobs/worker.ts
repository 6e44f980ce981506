// The worker: runs Abo's background jobs from the PostgreSQL-backed queue (pg-boss). Several
// instances may run against one database; pg-boss hands each job to exactly one of them.
import { existsSync } from "node:fs";
if (existsSync(".env")) process.loadEnvFile(".env");

const { env, requireEnv, EnvError, productionProblems } = await import("@/lib/env");
try {
  env();
  requireEnv("DATABASE_URL");
  requireEnv("ENCRYPTION_KEY");
  const problems = productionProblems();
  if (problems.length) throw new EnvError(problems.join("\n"));
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
const { QUEUES } = await import("./queues");
type TQueueDefinition = { payload: { parse: (data: unknown) => unknown }; perItem?: boolean };
const { HANDLERS, ON_START, SCHEDULES } = await import("./handlers");
const { enqueue, stopProducer } = await import("./client");

const log = logger.child({ component: "worker" });
const boss = new PgBoss({ connectionString: requireEnv("DATABASE_URL"), migrate: false, max: 10 });
boss.on("error", (error) => log.error({ err: error }, "job queue error"));
await boss.start();

for (const [queue, load] of Object.entries(HANDLERS)) {
  const definition: TQueueDefinition = QUEUES[queue as keyof typeof QUEUES];
  // Each unit of concurrency is its own polling loop: only queues with one job per agreement, charge
  // or event run in parallel; the batch and cron queues do one run at a time anyway.
  const localConcurrency = definition.perItem ? env().WORKER_CONCURRENCY : 1;
  await boss.work(queue, { batchSize: 1, localConcurrency, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job) return;
    const { handle } = (await load()) as { handle: (payload: unknown) => Promise<void> };
    const payload = definition.payload.parse(job.data);
    await withRequestContext({ requestId: `job-${job.id}` }, async () => {
      const started = Date.now();
      try {
        await handle(payload);
        log.debug({ queue, jobId: job.id, ms: Date.now() - started }, "job done");
      } catch (error) {
        log.warn({ queue, jobId: job.id, err: error }, "job failed; pg-boss will retry it");
        throw error;
      }
    });
  });
}
for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron);
// Catch up at once (webhook registration, billing, overdue polls) instead of waiting for the crons.
for (const queue of ON_START) await enqueue(queue, {});

log.info({ queues: Object.keys(HANDLERS), concurrency: env().WORKER_CONCURRENCY }, "worker started");
console.log("worker ready"); // eslint-disable-line no-console -- readiness line for scripts/start.ts

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "worker stopping");
  await boss.stop({ graceful: true, timeout: 10_000 });
  await stopProducer();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
