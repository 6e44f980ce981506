// Merchant dashboard benchmark (issue 15 item 7): the whole dashboard (MRR, subscribers, churn,
// payments, refunds, upcoming; lib/server/admin/dashboard/get-dashboard.ts) per time range, on a
// book of 1,000,000 charges (50,000 customers, 100,000 agreements) and one of 10,000,000 (500,000
// customers, 1,000,000 agreements), each seeded in its own fresh embedded PostgreSQL
// (bench/lib/seed-volume.ts) with the rollup rebuilt from it. Targets (p95, whole page): ≤ 150 ms at
// 1,000,000 charges and ≤ 300 ms at 10,000,000, every range. Floor, measured in turns with it: one
// pass over every charge (count and sum), what each request cost before the rollup at best.
// Writes bench/results/dashboard.json.
// Run: `npm run bench dashboard`. BENCH_DASHBOARD_VOLUMES=1m (or 10m) runs one volume only: seeding
// 10,000,000 charges takes 15–25 minutes here. BENCH_DATABASE_URL reuses an already seeded database
// (one volume only). BENCH_RUNS sets the turns per range (default 20).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { writeResult, type TFigure } from "./lib/kit";
import type { TVolumeResult } from "./lib/dashboard-volume";
import type { TVolume } from "./lib/seed-volume";

const VOLUMES: Record<string, { volume: TVolume; targetP95Ms: number; label: string }> = {
  "1m": {
    volume: { customers: 50_000, agreementsPerCustomer: 2, chargesPerAgreement: 10 },
    targetP95Ms: 150,
    label: "1,000,000 charges",
  },
  "10m": {
    volume: { customers: 500_000, agreementsPerCustomer: 2, chargesPerAgreement: 10 },
    targetP95Ms: 300,
    label: "10,000,000 charges",
  },
};
const RANGES = ["7d", "30d", "90d", "12m"];

const selected = (process.env.BENCH_DASHBOARD_VOLUMES ?? "1m,10m")
  .split(",")
  .map((v) => v.trim())
  .filter(Boolean);
for (const name of selected)
  if (!VOLUMES[name]) throw new Error(`Unknown volume ${name}: use 1m, 10m or both.`);
if (process.env.BENCH_DATABASE_URL && selected.length > 1)
  throw new Error("BENCH_DATABASE_URL reuses one database: choose one volume.");

const figures: TFigure[] = [];
const details: Record<string, TVolumeResult & { targetP95Ms: number }> = {};
let ok = true;
for (const name of selected) {
  const { volume, targetP95Ms, label } = VOLUMES[name]!;
  console.log(`── ${label} ──`);
  const run = spawnSync(
    process.execPath,
    [
      path.resolve("node_modules/tsx/dist/cli.mjs"),
      "--conditions=react-server",
      "bench/lib/dashboard-volume.ts",
      JSON.stringify(volume),
    ],
    { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const last = run.stdout.trim().split("\n").at(-1);
  if (run.status !== 0 || !last) {
    console.error(`${label}: the run failed (status ${run.status})`);
    ok = false;
    continue;
  }
  const result = JSON.parse(last) as TVolumeResult;
  details[name] = { ...result, targetP95Ms };
  for (const range of RANGES)
    figures.push({
      name: `dashboard p95, ${range}, ${label}`,
      figure: result.ranges[range]!.p95,
      floor: result.floorP95,
      unit: "ms",
      floorName: "one pass over every charge",
      goal: null,
      figureGoal: `≤ ${targetP95Ms}`,
    });
}
const passed = writeResult("dashboard", figures, { volumes: details });
process.exit(passed && ok ? 0 : 1);
