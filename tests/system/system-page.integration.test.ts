// The System page's data and its actions on a real database with pg-boss's own tables: a job failed
// the way the worker fails one (pg-boss stores the thrown error), then run again through the admin
// action's server function; and the Vipps token check against the emulator.
import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueue } from "@/lib/queue/client";
import { nextFiring, SCHEDULES } from "@/lib/queue/schedules";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { saveSalesUnit } from "@/lib/server/merchant/create-sales-unit";
import { testContext } from "../shared/server-context";
import { listWorkList } from "@/lib/server/support/list-work-list";
import { checkVippsTokens } from "@/lib/server/system/check-vipps-tokens";
import { getSystemStatus } from "@/lib/server/system/get-system-status";
import { retryFailedJob } from "@/lib/server/system/retry-failed-job";
import { createMerchant, emulator } from "../factories";

let boss: PgBoss;
let actor: TAdminActor;

beforeAll(async () => {
  boss = new PgBoss({
    connectionString: process.env.DATABASE_URL!,
    supervise: false,
    schedule: false,
    migrate: false,
    max: 2,
  });
  boss.on("error", () => undefined);
  await boss.start();
  await createMerchant(); // the installation's merchant, whose staff the contexts below act for
  const admin = await db.user.create({ data: { email: "ops@abo.test", role: "ADMIN" } });
  actor = { type: "STAFF", id: admin.id, email: admin.email, role: "ADMIN" };
});
afterAll(() => boss.stop({ graceful: false }));

/** Queues a job with no retries left and fails it as the worker would: with the thrown error. */
async function failJob(queue: "customer.userinfo", error: Error): Promise<string> {
  const id = (await enqueue(queue, { agreementId: "agr-missing" }, { retryLimit: 0 }))!;
  const [fetched] = await boss.fetch(queue, { batchSize: 10 });
  expect(fetched?.id).toBe(id);
  await boss.fail(queue, id, error);
  return id;
}

const jobState = async (id: string) =>
  (
    await db.$queryRaw<
      { state: string }[]
    >`SELECT state::text AS state FROM pgboss.job WHERE id = ${id}::uuid`
  )[0]?.state;

const rejects = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("System page", () => {
  it("shows a failed job with its error message (never the stack), and Run again queues it once, audited", async () => {
    const error = new Error('Agreement "agr-missing" was not found.');
    const id = await failJob("customer.userinfo", error);

    const status = await getSystemStatus({ actor });
    expect(status.failedCount).toBe(1);
    expect(status.failedJobs).toEqual([
      {
        id,
        queue: "customer.userinfo",
        failedAt: expect.any(Date),
        createdAt: expect.any(Date),
        attempts: 1,
        message: 'Agreement "agr-missing" was not found.',
      },
    ]);
    // pg-boss kept the stack (it names this file); the page shows only the message.
    const [stored] = await db.$queryRaw<{ stack: string }[]>`
      SELECT output->>'stack' AS stack FROM pgboss.job WHERE id = ${id}::uuid`;
    expect(stored?.stack).toContain("system-page.integration.test");
    expect(JSON.stringify(status.failedJobs)).not.toContain("system-page.integration.test");

    // Support sees it on its work list; only an admin gets the link to the System page.
    const forSupport = await listWorkList(await testContext(), "failed-jobs");
    expect(forSupport.rows).toEqual([
      expect.objectContaining({
        id,
        href: null,
        cells: expect.objectContaining({ queue: "customer.userinfo", error: error.message }),
      }),
    ]);
    expect((await listWorkList(await testContext({ actor }), "failed-jobs", 100)).rows[0]?.href).toBe(
      "/admin/system",
    );

    await retryFailedJob({ queue: "customer.userinfo", jobId: id, actor });
    expect(await jobState(id)).toBe("retry");
    expect((await getSystemStatus({ actor })).failedJobs).toEqual([]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "job.retried" } });
    expect(audit).toMatchObject({
      actorType: "STAFF",
      actorId: actor.id,
      targetType: "job",
      targetId: id,
      before: { queue: "customer.userinfo", state: "failed", error: error.message },
      after: { queue: "customer.userinfo", state: "retry" },
    });

    // A second click (or another admin's) changes nothing and says why; an unknown job is a 404.
    expect((await rejects(retryFailedJob({ queue: "customer.userinfo", jobId: id, actor }))).code).toBe(
      "CONFLICT",
    );
    expect(await db.auditEvent.count({ where: { action: "job.retried" } })).toBe(1);
    const unknown = await rejects(
      retryFailedJob({ queue: "customer.userinfo", jobId: "00000000-0000-4000-8000-000000000000", actor }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("gives each schedule its last success and its next run on Abo's clock", async () => {
    const id = await enqueue("reconcile.run", {});
    const [job] = await boss.fetch("reconcile.run");
    expect(job?.id).toBe(id);
    await boss.complete("reconcile.run", id!);
    const [completed] = await db.$queryRaw<{ completed_on: Date }[]>`
      SELECT completed_on FROM pgboss.job WHERE id = ${id}::uuid`;

    const before = await now();
    const status = await getSystemStatus({ actor });
    const after = await now();
    expect(status.schedules.map((s) => s.queue)).toEqual(SCHEDULES.map((s) => s.queue));
    for (const s of status.schedules) {
      // The next firing after some instant the page's read fell between.
      expect([nextFiring(s.cron, before).getTime(), nextFiring(s.cron, after).getTime()]).toContain(
        s.nextRunAt.getTime(),
      );
      expect(s.lastSucceededAt).toEqual(s.queue === "reconcile.run" ? completed!.completed_on : null);
    }
  });

  it("lists each worker's heartbeat and says how long none was seen", async () => {
    expect((await getSystemStatus({ actor })).lastSeenSecondsAgo).toBeNull();
    await db.$executeRaw`
      INSERT INTO "WorkerHeartbeat" (id, host, pid, "startedAt", "seenAt")
      VALUES ('w-old', 'old-host', 41, now() - interval '1 hour', now() - interval '10 minutes'),
             ('w-older', 'older-host', 42, now() - interval '2 hours', now() - interval '30 minutes')`;
    const status = await getSystemStatus({ actor });
    expect(status.workers.map((w) => [w.host, w.pid])).toEqual([
      ["old-host", 41],
      ["older-host", 42],
    ]);
    expect(status.lastSeenSecondsAgo).toBeGreaterThanOrEqual(600);
    expect(status.lastSeenSecondsAgo).toBeLessThan(900);
    expect(status.lastSeenSecondsAgo!).toBeGreaterThan(status.maxAgeSeconds);
  });

  it("checks a Vipps access token for every sales unit and names the one whose keys are refused", async () => {
    const { merchant } = await createMerchant();
    const wrong = await saveSalesUnit(await testContext({ merchantId: merchant.id }), {
      name: "Prod NO",
      environment: "PRODUCTION",
      market: "NO",
      currency: "NOK",
      msn: "923456",
      baseUrl: emulator.baseUrl,
      clientId: "abo-test-client",
      clientSecret: "not-the-secret",
      subscriptionKey: "abo-test-subscription-key",
    });
    const results = await checkVippsTokens({ actor });
    expect(results).toHaveLength(4);
    for (const r of results.filter((r) => r.salesUnitId !== wrong.id)) expect(r).toMatchObject({ ok: true });
    expect(results.find((r) => r.salesUnitId === wrong.id)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The access token was refused\. Vipps MobilePay answered 401/),
    });
  });
});
