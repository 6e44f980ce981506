import "server-only";
import { fromPrisma } from "pg-boss";
import { retryJob } from "@/lib/queue/client";
import type { TQueueName } from "@/lib/queue/queues";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { auditActor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { failureMessage } from "./failure-message";

/**
 * Puts a failed job back on its queue for one more attempt ("Run again"). The job row is locked, moved
 * by pg-boss's own retry and audited in one transaction, so two admins clicking at once run it once.
 */
export const retryFailedJob = async (input: {
  queue: TQueueName;
  jobId: string;
  actor: TAdminActor;
}): Promise<{ queue: TQueueName; jobId: string }> => {
  await db.$transaction(async (tx) => {
    const [job] = await tx.$queryRaw<{ state: string; output: unknown }[]>`
      SELECT state::text AS state, output FROM pgboss.job
      WHERE name = ${input.queue} AND id = ${input.jobId}::uuid FOR UPDATE`;
    if (!job) throw new AppError("NOT_FOUND", "jobNotFound");
    if (job.state !== "failed") throw new AppError("CONFLICT", "jobNotFailed", { state: job.state });
    const moved = await retryJob(input.queue, input.jobId, { db: fromPrisma(tx) });
    if (moved !== 1) throw new AppError("CONFLICT", "jobNotQueued");
    await recordAudit(
      {
        actor: auditActor(input.actor),
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
