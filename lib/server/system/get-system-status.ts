import "server-only";
import { QUEUE_NAMES } from "@/lib/queue/queues";
import { nextFiring, SCHEDULES } from "@/lib/queue/schedules";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { TServerContext } from "@/lib/server/context/server-context";
import { countFailedEmails, listFailedEmails, type TFailedEmail } from "./failed-emails";
import { countFailedJobs, listFailedJobs, type TFailedJob } from "./failed-jobs";

export type TWorkerBeat = {
  id: string;
  host: string;
  pid: number;
  startedAt: Date;
  seenAt: Date;
  ageSeconds: number;
};
export type TScheduleStatus = { queue: string; cron: string; lastSucceededAt: Date | null; nextRunAt: Date };
export type TSystemStatus = {
  workers: TWorkerBeat[];
  /** Seconds since any worker was last seen, or null when none ever was. */
  lastSeenSecondsAgo: number | null;
  /** A worker not seen for longer than this counts as gone (the same limit /api/ready uses). */
  maxAgeSeconds: number;
  schedules: TScheduleStatus[];
  failedJobs: TFailedJob[];
  failedCount: number;
  failedEmails: TFailedEmail[];
  failedEmailCount: number;
  salesUnits: { id: string; name: string; market: string; environment: string; msn: string }[];
  webhooks: TWebhookStatus[];
};

/** One sales unit's webhook as last found at Vipps, and the worker's last re-registration. */
export type TWebhookStatus = {
  salesUnitId: string;
  name: string;
  market: string;
  environment: string;
  msn: string;
  url: string | null;
  registeredAt: Date | null;
  problem: string | null;
  checkedAt: Date | null;
  lastRepair: { at: Date; reason: string | null } | null;
};

const FAILED_SHOWN = 50;

/**
 * What the System page shows an admin: which workers are alive (ages by the database's clock, as the
 * heartbeat writes them), when each scheduled job last succeeded and runs next (on Abo's clock, which
 * the schedules follow: `ctx.now`), the failed jobs, the sales units whose Vipps keys can be checked,
 * and each unit's webhook as last found at Vipps with the worker's last re-registration. Workers,
 * schedules and jobs are the installation's; mail, sales units and webhooks the context's merchant's.
 */
export const getSystemStatus = async (ctx: TServerContext): Promise<TSystemStatus> => {
  const [workers, lastRuns, failedJobs, failedCount, failedEmails, failedEmailCount, salesUnits] =
    await Promise.all([
      db.$queryRaw<TWorkerBeat[]>`
      SELECT id, host, pid, "startedAt", "seenAt", EXTRACT(EPOCH FROM now() - "seenAt")::float8 AS "ageSeconds"
      FROM "WorkerHeartbeat" ORDER BY "seenAt" DESC`,
      db.$queryRaw<{ name: string; last: Date }[]>`
      SELECT name, max(completed_on) AS last FROM pgboss.job
      WHERE state = 'completed' AND name = ANY(${QUEUE_NAMES}::text[]) GROUP BY name`,
      listFailedJobs(FAILED_SHOWN),
      countFailedJobs(),
      listFailedEmails(ctx, FAILED_SHOWN),
      countFailedEmails(ctx),
      db.salesUnit.findMany({
        where: { merchantId: ctx.merchantId },
        orderBy: [{ environment: "asc" }, { market: "asc" }],
        select: {
          id: true,
          name: true,
          market: true,
          environment: true,
          msn: true,
          webhookUrl: true,
          webhookRegisteredAt: true,
          webhookProblem: true,
          webhookCheckedAt: true,
        },
      }),
    ]);
  const repairs = await db.auditEvent.findMany({
    where: {
      action: "sales-unit.webhook-repaired",
      merchantId: ctx.merchantId,
      targetId: { in: salesUnits.map((u) => u.id) },
    },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { targetId: true, createdAt: true, reason: true },
  });
  const last = new Map(lastRuns.map((r) => [r.name, r.last]));
  return {
    workers: workers.map((w) => ({ ...w, ageSeconds: Math.max(0, Math.round(w.ageSeconds)) })),
    lastSeenSecondsAgo: workers.length ? Math.max(0, Math.round(workers[0]!.ageSeconds)) : null,
    maxAgeSeconds: env().READY_MAX_HEARTBEAT_AGE_SECONDS,
    schedules: SCHEDULES.map(({ queue, cron }) => ({
      queue,
      cron,
      lastSucceededAt: last.get(queue) ?? null,
      nextRunAt: nextFiring(cron, ctx.now),
    })),
    failedJobs,
    failedCount,
    failedEmails,
    failedEmailCount,
    salesUnits: salesUnits.map(({ id, name, market, environment, msn }) => ({
      id,
      name,
      market,
      environment,
      msn,
    })),
    webhooks: salesUnits.map((u) => {
      const repair = repairs.find((r) => r.targetId === u.id);
      return {
        salesUnitId: u.id,
        name: u.name,
        market: u.market,
        environment: u.environment,
        msn: u.msn,
        url: u.webhookUrl,
        registeredAt: u.webhookRegisteredAt,
        problem: u.webhookProblem,
        checkedAt: u.webhookCheckedAt,
        lastRepair: repair ? { at: repair.createdAt, reason: repair.reason } : null,
      };
    }),
  };
};
