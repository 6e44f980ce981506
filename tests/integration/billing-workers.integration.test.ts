// Acceptance: two workers on the same database do no duplicate work. Both start at once (each
// queues a billing run when it starts, and more runs are queued for them), and the charges of
// 4,500 agreements are planned and sent once: every orderId in exactly one successful Vipps call,
// every charge counted by exactly one worker. Which worker did how much is left to scheduling (under
// load one may do it all): only the invariants are asserted.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/queue/client";
import type { Child } from "../../scripts/lib/processes";
import { waitFor } from "../shared/wait-for";
import { emulatorCharges, seedActiveAgreements, setBothClocks, startWorker } from "./billing-fixtures";

const AGREEMENTS = 4500;
const workers: Child[] = [];

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
});

describe("two workers on one database", () => {
  it("plan and send every charge once between them", async () => {
    await setBothClocks("2030-08-01T10:00:00Z");
    // Both workers idle and waiting before there is anything to bill, then several runs at once.
    const since = new Date();
    workers.push(
      ...(await Promise.all([
        startWorker("twin-a", { LOG_LEVEL: "info" }),
        startWorker("twin-b", { LOG_LEVEL: "info" }),
      ])),
    );
    await waitFor(async () => (await activeOrQueued("billing.run", since)) === 0, 60_000);
    const { agreements } = await seedActiveAgreements(AGREEMENTS);
    const ids = agreements.map((a) => a.id);
    for (let i = 0; i < 6; i++) await enqueue("billing.run", {});
    await waitFor(
      async () =>
        (await db.charge.count({ where: { agreementId: { in: ids }, sendState: "SENT" } })) === AGREEMENTS,
      90_000,
    );
    // Let every queued run finish, so a late duplicate would show up below.
    await waitFor(async () => (await activeOrQueued("billing.run", since)) === 0, 60_000);

    const charges = await db.charge.findMany({
      where: { agreementId: { in: ids } },
      select: { orderId: true, periodIndex: true },
    });
    expect(charges).toHaveLength(AGREEMENTS);
    expect(charges.every((c) => c.periodIndex === 0)).toBe(true);

    // Each orderId went to Vipps in exactly one successful call (bulk, or one by one).
    const calls = await db.vippsCall.findMany({
      where: { operation: { in: ["CreateChargesAsync", "CreateCharge"] }, status: { gte: 200, lt: 300 } },
    });
    const sentOrderIds = calls.flatMap((call) =>
      call.operation === "CreateCharge"
        ? [call.orderId!]
        : (call.requestBody as { orderId: string }[]).map((item) => item.orderId),
    );
    expect(sentOrderIds).toHaveLength(AGREEMENTS);
    expect(new Set(sentOrderIds)).toEqual(new Set(charges.map((c) => c.orderId)));

    // And the emulator has each once.
    const vippsIds = new Set(agreements.map((a) => a.vippsAgreementId));
    expect((await emulatorCharges()).filter((c) => vippsIds.has(c.agreementId))).toHaveLength(AGREEMENTS);

    // The workers' own accounts: charges planned and sent add up to the total, not more.
    const logged = (msg: string) =>
      workers.flatMap((w) =>
        readFileSync(w.logFile!, "utf8")
          .split("\n")
          .filter((line) => line.includes(`"msg":"${msg}"`))
          .map((line) => ({ worker: w.name, ...(JSON.parse(line) as { planned?: number; sent?: number }) })),
      );
    expect(logged("billing periods planned").reduce((sum, r) => sum + (r.planned ?? 0), 0)).toBe(AGREEMENTS);
    expect(logged("charges sent").reduce((sum, r) => sum + (r.sent ?? 0), 0)).toBe(AGREEMENTS);
  }, 240_000);
});

// Jobs of this test only (workers killed by other test files leave theirs "active" until they expire).
async function activeOrQueued(queue: string, since: Date): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active') AND created_on >= $2`,
    queue,
    since,
  );
  return Number(rows[0]!.n);
}
