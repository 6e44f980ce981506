// Merchant dashboard benchmark (issue 7): 100,000 agreements and 1,000,000 charges
// (bench/lib/seed-volume.ts) in a fresh embedded PostgreSQL, then the whole dashboard (MRR,
// subscribers, churn, payments, refunds, upcoming; lib/server/admin/dashboard/get-dashboard.ts) for
// each time range, several times. Target: p95 ≤ 2 s per page. Writes bench/results/dashboard.json.
// Run: `npm run bench dashboard`. BENCH_DATABASE_URL reuses an already seeded database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "../lib/db/migrate";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { freePort } from "../tests/harness/free-port";
import { seedVolume } from "./lib/seed-volume";

const VOLUME = { customers: 50_000, agreementsPerCustomer: 2, chargesPerAgreement: 10 };
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_P95_MS = 2_000;
const RANGES = ["7d", "30d", "90d", "12m"] as const;

async function main(): Promise<void> {
  let dataDir: string | undefined;
  let stop = async () => undefined as void;
  let url = process.env.BENCH_DATABASE_URL;
  if (!url) {
    dataDir = mkdtempSync(path.join(tmpdir(), "abo-dashboard-bench-"));
    const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "abo_bench" });
    url = pg.url;
    stop = pg.stop;
    await migrate({ databaseUrl: url });
    console.log("seeding 100,000 agreements and 1,000,000 charges …");
    const seeded = await seedVolume(url, VOLUME);
    console.log(`seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
  }
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL = "silent";
  const { getDashboard } = await import("../lib/server/admin/dashboard/get-dashboard");
  const { db } = await import("../lib/db");
  const results: Record<string, { p50: number; p95: number; mrrNOK: number; subscribers: number }> = {};
  try {
    await getDashboard({ range: "30d" });
    for (const range of RANGES) {
      const times: number[] = [];
      let last: Awaited<ReturnType<typeof getDashboard>> | undefined;
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        last = await getDashboard({ range });
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const pick = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!);
      results[range] = { p50: pick(50), p95: pick(95), mrrNOK: last!.totals.mrr.NOK ?? 0, subscribers: last!.totals.subscribers };
      console.log(`${range.padEnd(4)} p50 ${pick(50)} ms, p95 ${pick(95)} ms (MRR NOK ${(results[range].mrrNOK / 100).toFixed(2)}, ${results[range].subscribers} subscribers)`);
    }
  } finally {
    await db.$disconnect();
    await stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
  const worst = Math.max(...Object.values(results).map((r) => r.p95));
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/dashboard.json", JSON.stringify({ volume: VOLUME, runs: RUNS, ranges: results, targetP95Ms: TARGET_P95_MS, pass: worst <= TARGET_P95_MS }) + "\n");
  console.log(worst <= TARGET_P95_MS ? `OK: worst p95 ${worst} ms ≤ ${TARGET_P95_MS} ms` : `SLOW: worst p95 ${worst} ms > ${TARGET_P95_MS} ms`);
  process.exit(worst <= TARGET_P95_MS ? 0 : 1);
}

void main();
