import "server-only";
import { fromPrisma } from "pg-boss";
import { retryJob } from "@/lib/queue/client";
import type { TQueueName } from "@/lib/queue/queues";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { failureMessage } from "@/lib/domain/failure-message";

/**
 * Puts a failed job back on its queue for one more attempt ("Run again"). The job row is locked, moved
 * by pg-boss's own retry and audited in one transaction, so two admins clicking at once run it once.
 * Jobs are the installation's (pg-boss keeps no merchant); the admin is the context's actor.
 */
export const retryFailedJob = async (
  ctx: TServerContext,
  input: { queue: TQueueName; jobId: string },
): Promise<{ queue: TQueueName; jobId: string }> => {
  await db.$transaction(async (tx) => {
    const [job] = await tx.$queryRaw<{ state: string; output: unknown }[]>`
      SELECT state::text AS state, output FROM pgboss.job
      WHERE name = ${input.queue} AND id = ${input.jobId}::uuid FOR UPDATE`;
    if (!job) throw new AppError("NOT_FOUND", "jobNotFound");
    if (job.state !== "failed") throw new AppError("CONFLICT", "jobNotFailed", { state: job.state });
    const moved = await retryJob(input.queue, input.jobId, { db: fromPrisma(tx) });
    if (moved !== 1) throw new AppError("CONFLICT", "jobNotQueued");
    await recordAudit(
      ctx,
      {
        action: "job.retried",
        target: { type: "job", id: input.jobId },
        before: { queue: input.queue, state: "failed", error: failureMessage(job.output) },
        after: { queue: input.queue, state: "retry" },
      },
      tx,
    );
  });
  return { queue: input.queue, jobId: input.jobId };
};
