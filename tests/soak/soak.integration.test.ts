// The short soak in the integration tier: two simulated months, 24 customers, a real worker process
// on Abo's clock (SIGKILLed each month), the emulator with faults on. `npm run soak` is the long form.
import { afterAll, expect, it } from "vitest";
import type { Child } from "../../scripts/lib/processes";
import { emulator } from "../factories";
import { startWorker } from "../integration/billing-fixtures";
import { runSoak } from "./run-soak";
import { soakSeed } from "./rng";

const workers: Child[] = [];
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
});

it("two months of random customers keep Abo and Vipps in agreement every day", async () => {
  const report = await runSoak({
    seed: soakSeed(),
    days: Number(process.env.SOAK_DAYS ?? 61),
    customers: Number(process.env.SOAK_CUSTOMERS ?? 24),
    emulator,
    startWorker: async () => {
      const worker = await startWorker("soak-worker", { SCHEDULER_TICK_MS: "100" });
      workers.push(worker);
      return worker;
    },
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(report));
  expect(report.kills).toBeGreaterThanOrEqual(2);
}, 240_000);
