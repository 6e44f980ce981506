import "server-only";
import { PgBoss, type SendOptions } from "pg-boss";
import { requireEnv } from "@/lib/env";
import { logger } from "@/lib/logger";
import { QUEUES, type TPayload, type TQueueName } from "./queues";

// A send-only pg-boss instance for the app and the worker (no supervision, no cron here).
let producer: Promise<PgBoss> | undefined;

function getProducer(): Promise<PgBoss> {
  producer ??= (async () => {
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
  return producer;
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

export async function stopProducer(): Promise<void> {
  if (!producer) return;
  const boss = await producer;
  producer = undefined;
  await boss.stop({ graceful: false });
}
