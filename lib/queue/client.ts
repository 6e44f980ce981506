import "server-only";
import { PgBoss, type ConnectionOptions, type SendOptions } from "pg-boss";
import { requireEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { QUEUES, type TPayload, type TQueueName } from "./queues";

// A send-only pg-boss instance for the app and the worker (no supervision, no cron here). One per
// process: the web role loads this module twice (in Next's bundle and in its webhook intake), so
// the instance lives on globalThis, as the database client does (lib/db.ts).
const shared = globalThis as unknown as { aboJobProducer?: Promise<PgBoss> };

function getProducer(): Promise<PgBoss> {
  shared.aboJobProducer ??= (async () => {
    const boss = new PgBoss({
      connectionString: requireEnv("DATABASE_URL"),
      supervise: false,
      schedule: false,
      migrate: false,
      max: 4,
    });
    boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
    await boss.start();
    return boss;
  })();
  return shared.aboJobProducer;
}

/** Queues a job; the payload is checked against the queue's schema first. */
export async function enqueue<Q extends TQueueName>(
  queue: Q,
  payload: TPayload<Q>,
  options: SendOptions = {},
): Promise<string | null> {
  const data = QUEUES[queue].payload.parse(payload) as object;
  const boss = await getProducer();
  return boss.send(queue, data, options);
}

/**
 * Moves a failed job back to the queue (state `retry`, one more attempt allowed). Pass `db` to run
 * it in the caller's transaction. Returns how many jobs moved: 0 when it was no longer failed.
 */
export async function retryJob(
  queue: TQueueName,
  id: string,
  options: ConnectionOptions = {},
): Promise<number> {
  const boss = await getProducer();
  // pg-boss declares CommandResponse empty; at run time it carries { requested, affected }.
  const response = (await boss.retry(queue, id, options)) as { affected?: number };
  return response.affected ?? 0;
}

export async function stopProducer(): Promise<void> {
  const producer = shared.aboJobProducer;
  if (!producer) return;
  shared.aboJobProducer = undefined;
  const boss = await producer;
  await boss.stop({ graceful: false });
}
