// Scheduled work fired by the real scheduler: a real worker process (jobs/worker.ts) with time
// travel on follows Abo's clock, so moving the clock is all it takes for each cron to fire. Nothing
// here queues or calls a handler; the test only moves time and watches the database and the emulator.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { randomKey } from "@/lib/crypto/random-ids";
import type { Child } from "../../scripts/lib/processes";
import { createActiveAgreement, emulator } from "../factories";
import { waitFor } from "../shared/wait-for";
import { advanceBothClocks, seedActiveAgreements, setBothClocks, startWorker } from "./billing-fixtures";

const workers: Child[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
});

async function jobsIn(state: string): Promise<{ name: string; output: unknown }[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(`SELECT name, output FROM pgboss.job WHERE state = $1`, [state])).rows;
  } finally {
    await client.end();
  }
}

describe("scheduled jobs on Abo's clock", () => {
  it("fire billing, scheduled stops and operation resumption by themselves, and none fails", async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
    const { agreements } = await seedActiveAgreements(3);
    const ids = agreements.map((a) => a.id);
    // An agreement with a charge to refund later, made through the real sign-up.
    const { agreement: paying } = await createActiveAgreement({
      product: {
        initialChargeDescription: "Første måned",
        initialChargeTransactionType: "DIRECT_CAPTURE",
        prices: [{ market: "NO", currency: "NOK", amount: 19_900, initialChargeAmount: 19_900 }],
      },
    });
    workers.push(await startWorker("scheduled-worker", { SCHEDULER_TICK_MS: "200" }));

    // billing.run (at start and from the schedule) plans and sends period 0 of each agreement.
    await waitFor(
      async () =>
        (await db.charge.count({
          where: { agreementId: { in: ids }, periodIndex: 0, sendState: "SENT" },
        })) === 3,
      60_000,
    );

    // A month later the cron-fired billing.run makes period 1: nobody queued it.
    await advanceBothClocks({ days: 31 });
    await waitFor(
      async () =>
        (await db.charge.count({
          where: { agreementId: { in: ids }, periodIndex: 1, sendState: "SENT" },
        })) === 3,
      60_000,
    );

    // A stop at the end of the period: agreements.stop-scheduled (every 15 minutes) carries it out at Vipps.
    const stopping = agreements[0]!;
    await db.agreement.update({
      where: { id: stopping.id },
      data: { stopAt: new Date((await now()).getTime() + 3_600_000), stopCause: "CUSTOMER" },
    });
    await advanceBothClocks({ hours: 2 });
    // Stopped at Vipps, then recorded in Abo once the call has returned (the worker writes after it).
    await waitFor(
      async () =>
        (await emulator.agreement(stopping.vippsAgreementId)).status === "STOPPED" &&
        (await db.agreement.findUniqueOrThrow({ where: { id: stopping.id } })).status === "STOPPED",
      60_000,
    );

    // A refund a crash left PENDING (stored, answer lost): operations.resume (every minute) finishes it once.
    const charge = await db.charge.findFirstOrThrow({ where: { agreementId: paying.id, type: "INITIAL" } });
    const key = randomKey("refund-charg");
    await db.vippsOperation.create({
      data: {
        kind: "REFUND_CHARGE",
        idempotencyKey: key,
        salesUnitId: paying.salesUnitId,
        agreementId: paying.id,
        chargeId: charge.id,
        orderId: charge.orderId,
        amount: 3_000,
        request: { amount: 3_000, description: "Etter krasj" },
        actorType: "STAFF",
      },
    });
    await db.$executeRaw`UPDATE "VippsOperation" SET "updatedAt" = now() - interval '2 minutes' WHERE "idempotencyKey" = ${key}`;
    await advanceBothClocks({ hours: 1 });
    await waitFor(
      async () =>
        (await db.vippsOperation.findUniqueOrThrow({ where: { idempotencyKey: key } })).status ===
        "SUCCEEDED",
      60_000,
    );
    const remote = (await emulator.charges({ agreementId: paying.vippsAgreementId! })).find(
      (c) => c.id === charge.orderId,
    )!;
    expect(remote.summary?.refunded).toBe(3_000);

    // Every scheduled job that ran succeeded; the scheduler fired each of them at least once.
    expect(await jobsIn("failed")).toEqual([]);
    const completed = new Set((await jobsIn("completed")).map((j) => j.name));
    for (const queue of [
      "billing.run",
      "agreements.stop-scheduled",
      "operations.resume",
      "sync.sweep",
      "reconcile.run",
    ])
      expect(completed).toContain(queue);
  }, 240_000);
});
