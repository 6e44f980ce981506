// Acceptance: exactly one charge per agreement per period, in the emulator and in Abo, with none
// missing, while the emulator fails 10% of calls with 5xx, times out 5% and rate-limits 5%, and
// real worker processes are killed with SIGKILL at random moments and restarted.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recurringChargeIds } from "@/lib/domain/ids";
import { enqueue } from "@/lib/queue/client";
import type { Child } from "../../scripts/lib/processes";
import { emulator } from "../factories";
import { waitFor } from "../shared/wait-for";
import {
  advanceBothClocks,
  emulatorCharges,
  killWorker,
  seedActiveAgreements,
  setBothClocks,
  spawnWorker,
  startWorker,
} from "./billing-fixtures";

const AGREEMENTS = 2000;
const DAYS = 2;
// Timeouts in the workers short enough that a lost answer costs little, long enough for a batch of
// 2,000 on a busy machine; the emulator holds a "timed out" request longer than that.
const WORKER_ENV = {
  VIPPS_TIMEOUT_MS: "5000",
  VIPPS_MAX_ATTEMPTS: "2",
  VIPPS_MAX_INLINE_RETRY_AFTER_MS: "1000",
};

// A fixed seed, so a failure can be replayed; the kills still land wherever the work happens to be.
let seed = 20_300_610;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const workers: Child[] = [];

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await emulator.clearFaults();
});

describe("billing under faults and crashes", () => {
  it("makes exactly one charge per agreement and period, none missing, in the emulator and in Abo", async () => {
    await setBothClocks("2030-06-10T10:00:00Z");
    const { merchant, agreements } = await seedActiveAgreements(AGREEMENTS, {
      interval: { unit: "DAY", count: 1 },
    });
    await db.merchant.update({ where: { id: merchant.id }, data: { chargeLeadDays: 1 } });
    const ids = agreements.map((a) => a.id);
    await emulator.setFaults({
      rate5xx: 0.1,
      rateTimeout: 0.05,
      rate429: 0.05,
      retryAfterSeconds: 1,
      timeoutMs: 5500,
      webhooksEnabled: false,
      seed: 42,
    });

    workers.push(await startWorker("worker-a", WORKER_ENV), await startWorker("worker-b", WORKER_ENV));
    let kills = 0;
    for (let day = 0; day < DAYS; day++) {
      if (day > 0) await advanceBothClocks({ days: 1 });
      await enqueue("billing.run", {});
      // Three kills a day, each at a random moment (of the work, or of a restarted worker's boot); each worker restarted at once.
      for (let k = 0; k < 3; k++) {
        await sleep(300 + random() * 2500);
        const i = random() < 0.5 ? 0 : 1;
        await killWorker(workers[i]!);
        kills++;
        workers[i] = spawnWorker(`worker-${day}-${k}`, WORKER_ENV);
        // Its start queues a billing run too (jobs/handlers ON_START), as after a real crash.
      }
      // Periods start daily and the lead time is a day: today's and tomorrow's periods are due.
      await waitFor(async () => {
        // As the cron would, but every few seconds (at most one such job per 2-second slot).
        await enqueue("billing.send", {}, { singletonKey: "test-kick", singletonSeconds: 2 });
        const open = await db.charge.count({ where: { agreementId: { in: ids }, sendState: "PLANNED" } });
        const planned = await db.agreement.count({ where: { id: { in: ids }, nextPeriodIndex: day + 2 } });
        return open === 0 && planned === AGREEMENTS;
      }, 150_000);
    }
    expect(kills).toBe(3 * DAYS);
    await emulator.clearFaults();

    // In Abo: periods 0..DAYS for every agreement, each exactly once, every one of them sent.
    const periods = DAYS + 1;
    const charges = await db.charge.findMany({
      where: { agreementId: { in: ids } },
      select: { agreementId: true, periodIndex: true, orderId: true, sendState: true },
    });
    expect(charges).toHaveLength(AGREEMENTS * periods);
    expect(charges.every((c) => c.sendState === "SENT")).toBe(true);
    const keys = new Set(charges.map((c) => `${c.agreementId}:${c.periodIndex}`));
    expect(keys.size).toBe(AGREEMENTS * periods);
    for (const c of charges)
      expect(c.orderId).toBe(recurringChargeIds(c.agreementId, c.periodIndex!).orderId);

    // In the emulator: the same charges, one per agreement and period, nothing else.
    const vippsIds = new Map(agreements.map((a) => [a.vippsAgreementId, a.id]));
    const remote = (await emulatorCharges()).filter((c) => vippsIds.has(c.agreementId));
    expect(remote).toHaveLength(AGREEMENTS * periods);
    expect(new Set(remote.map((c) => c.id))).toEqual(new Set(charges.map((c) => c.orderId)));
    for (const c of remote) expect(c.id.startsWith(`abo-${vippsIds.get(c.agreementId)}-p`)).toBe(true);

    // The faults really happened: calls were retried and some failed.
    const failed = await db.vippsCall.count({
      where: { OR: [{ status: { gte: 500 } }, { status: 429 }, { error: { not: null } }] },
    });
    expect(failed).toBeGreaterThan(0);
  }, 420_000);
});
