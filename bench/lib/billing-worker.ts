// The billing benchmark's worker: its own process, as in production, so its memory is the run's
// alone (not the benchmark's list of a million agreement ids). Loads Abo, says "ready", runs one
// billing run (the billing.run job's function) when told "go" on stdin, and prints what it did, how
// long planning and the whole run took, and its peak resident memory.
// Environment: DATABASE_URL, ENCRYPTION_KEY, VIPPS_BASE_URL (set by bench/billing.bench.ts).
import { createInterface } from "node:readline";

const { runBilling } = await import("@/lib/server/billing/run-billing");
const { db } = await import("@/lib/db");
const { systemContext } = await import("@/lib/server/context/build-context");

const rssMB = () => Math.round(process.memoryUsage().rss / 1024 / 1024);
const idleRssMB = rssMB();
let peakRssMB = idleRssMB;
// maxRSS covers the whole life of the process; the samples say when the peak came.
const sampler = setInterval(() => (peakRssMB = Math.max(peakRssMB, rssMB())), 100);

const lines = createInterface({ input: process.stdin });
process.stdout.write("ready\n");
for await (const line of lines) if (line.trim() === "go") break;

const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await runBilling(await systemContext());
const ms = Math.round(performance.now() - started);
const cpu = process.cpuUsage(cpuBefore);
clearInterval(sampler);
process.stdout.write(
  `${JSON.stringify({
    ms,
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
    planned: result.planned?.planned ?? 0,
    sent: result.sent.sent,
    rejected: result.sent.rejected,
    released: result.sent.released,
    idleRssMB,
    peakRssMB: Math.max(peakRssMB, rssMB()),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
await db.$disconnect();
process.exit(0);
