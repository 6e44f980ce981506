// One volume of the dashboard benchmark (bench/dashboard.bench.ts runs one process per volume: the
// app's database client is bound to one database for the life of a process). Seeds the book in a
// fresh embedded PostgreSQL (or uses BENCH_DATABASE_URL), rebuilds the rollup from it, then times
// the whole dashboard per range in turns with the floor. Prints its measurements as the last line.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate } from "../../lib/db/migrate";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../tests/harness/free-port";
import { armTimeLimit } from "./kit";
import { seedVolume, type TVolume } from "./seed-volume";

export const RANGES = ["7d", "30d", "90d", "12m"] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
// The floor reads every charge: at 10,000,000 that takes seconds, so it runs every FLOOR_EVERY-th turn.
const FLOOR_EVERY = 5;

export type TVolumeResult = {
  volume: TVolume;
  seedMs: number | null;
  rollupMs: number | null;
  /** The worker's forecast.refresh over the whole seeded book (upcoming charges), once. */
  forecastMs: number | null;
  ranges: Record<string, { p50: number; p95: number; max: number; mrrNOK: number; subscribers: number }>;
  floorP95: number;
  rows: { day: number; change: number };
};

const pick = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
};

async function main(): Promise<void> {
  const volume = JSON.parse(process.argv[2]!) as TVolume;
  let dataDir: string | undefined;
  let stop = async () => undefined as void;
  let url = process.env.BENCH_DATABASE_URL;
  let seedMs: number | null = null;
  let rollupMs: number | null = null;
  if (!url) {
    dataDir = mkdtempSync(path.join(tmpdir(), "abo-dashboard-bench-"));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "abo_bench" });
    url = server.url;
    stop = server.stop;
    await migrate({ databaseUrl: url });
    const charges = volume.customers * volume.agreementsPerCustomer * volume.chargesPerAgreement;
    console.error(`seeding ${charges.toLocaleString("en")} charges …`);
    const seeded = await seedVolume(url, volume);
    seedMs = seeded.ms;
    rollupMs = seeded.rollupMs;
    console.error(
      `seeded in ${(seeded.ms / 1000).toFixed(1)} s; rollup rebuilt in ${(seeded.rollupMs / 1000).toFixed(1)} s`,
    );
    // A live database has been vacuumed long since; without this, autovacuum runs during the measurement.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("VACUUM (ANALYZE)");
    await client.end();
  }
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL = "silent";
  const { getDashboard } = await import("../../lib/server/admin/dashboard/get-dashboard");
  const { db } = await import("../../lib/db");
  const { refreshForecast } = await import("../../lib/server/admin/dashboard/refresh-forecast");
  const { systemContext } = await import("../../lib/server/context/build-context");
  armTimeLimit("dashboard", async () => {
    await db.$disconnect();
    await stop();
  });
  const ranges: TVolumeResult["ranges"] = {};
  const floorTimes: number[] = [];
  let rows: TVolumeResult["rows"];
  let forecastMs: number | null = null;
  try {
    // The worker keeps the upcoming-charges forecast; after a seed it runs over every agreement once.
    const forecastStarted = performance.now();
    await refreshForecast(await systemContext());
    forecastMs = Math.round(performance.now() - forecastStarted);
    console.error(`forecast refreshed in ${(forecastMs / 1000).toFixed(1)} s`);
    await getDashboard(await systemContext(), { range: "30d" });
    for (const range of RANGES) {
      const times: number[] = [];
      let last: Awaited<ReturnType<typeof getDashboard>> | undefined;
      for (let i = 0; i < RUNS; i++) {
        // The floor in turns with the dashboard, so both see the machine as busy as it is then.
        if (i % FLOOR_EVERY === 0) {
          const floorStarted = performance.now();
          await db.$queryRaw`SELECT count(*)::int AS n, sum(amount)::bigint AS total FROM "Charge"`;
          floorTimes.push(performance.now() - floorStarted);
        }
        const started = performance.now();
        last = await getDashboard(await systemContext(), { range });
        times.push(performance.now() - started);
      }
      ranges[range] = {
        p50: pick(times, 50),
        p95: pick(times, 95),
        max: pick(times, 100),
        mrrNOK: last!.totals.mrr.NOK ?? 0,
        subscribers: last!.totals.subscribers,
      };
      console.error(`${range.padEnd(4)} p50 ${ranges[range].p50} ms, p95 ${ranges[range].p95} ms`);
    }
    const [counts] = await db.$queryRaw<{ day: number; change: number }[]>`
      SELECT (SELECT count(*)::int FROM "DashboardDay") AS day, (SELECT count(*)::int FROM "DashboardChange") AS change`;
    rows = counts!;
  } finally {
    await db.$disconnect();
    await stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
  const result: TVolumeResult = {
    volume,
    seedMs,
    rollupMs,
    forecastMs,
    ranges,
    floorP95: pick(floorTimes, 95),
    rows,
  };
  console.log(JSON.stringify(result));
  process.exit(0);
}

void main();
