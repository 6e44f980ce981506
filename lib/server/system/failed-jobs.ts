import "server-only";
import { QUEUE_NAMES, type TQueueName } from "@/lib/queue/queues";
import { db } from "@/lib/db";
import { failureMessage } from "@/lib/domain/failure-message";

export type TFailedJob = {
  id: string;
  queue: TQueueName;
  failedAt: Date | null;
  createdAt: Date;
  attempts: number;
  message: string;
};

type TFailedRow = {
  id: string;
  name: string;
  output: unknown;
  created_on: Date;
  completed_on: Date | null;
  retry_count: number;
};

/** Abo's failed background jobs (retries used up, or failed by hand), newest failure first. */
export const listFailedJobs = async (limit: number): Promise<TFailedJob[]> => {
  // Failed jobs stay in pgboss.job (pg-boss deletes only completed and cancelled ones).
  const rows = await db.$queryRaw<TFailedRow[]>`
    SELECT id::text AS id, name, output, created_on, completed_on, retry_count
    FROM pgboss.job
    WHERE state = 'failed' AND name = ANY(${QUEUE_NAMES}::text[])
    ORDER BY completed_on DESC NULLS LAST, created_on DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id,
    // Only Abo's own queues are selected.
    queue: r.name as TQueueName,
    failedAt: r.completed_on,
    createdAt: r.created_on,
    attempts: r.retry_count + 1,
    message: failureMessage(r.output),
  }));
};

export const countFailedJobs = async (): Promise<number> => {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'failed' AND name = ANY(${QUEUE_NAMES}::text[])`;
  return row?.n ?? 0;
};
