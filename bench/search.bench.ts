// Support search benchmark (issue 5): 1,000,000 charges (50,000 customers × 2 agreements × 10
// charges, bench/lib/seed-volume.ts) in a fresh embedded PostgreSQL, then a realistic mix of
// searches through the real search function (lib/server/support/search-support.ts), one agent at a
// time. Target: p95 ≤ 50 ms. Floor, measured in the same run: a charge read by its primary key
// through the same database client, one at a time (what any search costs at the least).
// Writes bench/results/search.json. Run: `npm run bench search`.
// BENCH_DATABASE_URL reuses an already seeded database instead (skips seeding).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate } from "../lib/db/migrate";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { freePort } from "../tests/harness/free-port";
import { armTimeLimit, writeResult } from "./lib/kit";
import { seedVolume } from "./lib/seed-volume";

const VOLUME = { customers: 50_000, agreementsPerCustomer: 2, chargesPerAgreement: 10 };
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 1_500);
const TARGET_P95_MS = 50;
const FIRST = ["Kari", "Ola", "Ingrid", "Lars", "Sofie", "Emil", "Nora", "Jonas", "Ella", "Aksel"];
const LAST = [
  "Nordmann",
  "Hansen",
  "Johansen",
  "Olsen",
  "Larsen",
  "Andersen",
  "Pedersen",
  "Nilsen",
  "Kristiansen",
  "Jensen",
];

const customers = VOLUME.customers;
const agreements = customers * VOLUME.agreementsPerCustomer;
const rnd = (n: number) => 1 + Math.floor(Math.random() * n);
const spaced = (digits: string) => digits.replace(/^(\d{3})(\d{2})(\d{3})$/, "$1 $2 $3");

// What agents paste or type, weighted roughly by how often they do it.
const MIX: { kind: string; weight: number; make: () => string }[] = [
  {
    kind: "orderId",
    weight: 20,
    make: () => `abo-g${rnd(agreements)}-p${rnd(VOLUME.chargesPerAgreement) - 1}`,
  },
  { kind: "phone +47 spaced", weight: 10, make: () => `+47 ${spaced(String(90000000 + rnd(customers)))}` },
  { kind: "phone local", weight: 8, make: () => String(90000000 + rnd(customers)) },
  { kind: "email", weight: 12, make: () => `kunde${rnd(customers)}@bench.example` },
  { kind: "email fragment", weight: 5, make: () => `kunde${rnd(customers)}@` },
  { kind: "full name", weight: 12, make: () => nameOf(rnd(customers)) },
  {
    kind: "name fragment",
    weight: 10,
    make: () => nameOf(rnd(customers)).toLowerCase().split(" ").slice(1).join(" "),
  },
  { kind: "surname only", weight: 5, make: () => LAST[rnd(10) - 1]!.slice(0, 6) },
  { kind: "Vipps agreement id", weight: 10, make: () => `agr_b${rnd(agreements)}` },
  { kind: "our agreement id", weight: 4, make: () => `g${rnd(agreements)}` },
  { kind: "charge id", weight: 4, make: () => `h${rnd(agreements)}_${rnd(VOLUME.chargesPerAgreement) - 1}` },
];

function nameOf(n: number): string {
  return `${FIRST[n % 10]} ${LAST[Math.floor(n / 10) % 10]} ${n}`;
}

function pickKind() {
  const total = MIX.reduce((s, m) => s + m.weight, 0);
  let r = Math.random() * total;
  for (const m of MIX) if ((r -= m.weight) < 0) return m;
  return MIX[0]!;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number) => Math.round(n * 100) / 100;
const summarize = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1)!),
  };
};

async function main(): Promise<void> {
  let dataDir: string | undefined;
  let stop = async () => undefined as void;
  let url = process.env.BENCH_DATABASE_URL;
  let seeded: Awaited<ReturnType<typeof seedVolume>> | undefined;
  if (!url) {
    dataDir = mkdtempSync(path.join(tmpdir(), "abo-search-bench-"));
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "abo_bench" });
    url = server.url;
    stop = server.stop;
    await migrate({ databaseUrl: url });
    console.log("seeding 1,000,000 charges …");
    seeded = await seedVolume(url, VOLUME);
    console.log(
      `seeded ${seeded.customers} customers, ${seeded.agreements} agreements, ${seeded.charges} charges in ${(seeded.ms / 1000).toFixed(1)} s`,
    );
    // A live database has been vacuumed long since; without this, autovacuum runs during the measurement.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("VACUUM (ANALYZE)");
    await client.end();
  }
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL = "silent";
  const { searchSupport } = await import("../lib/server/support/search-support");
  const { db } = await import("../lib/db");
  const { systemContext } = await import("../lib/server/context/build-context");
  armTimeLimit("search", async () => {
    await db.$disconnect();
    await stop();
  });

  try {
    const ctx = await systemContext();
    for (let i = 0; i < 100; i++) await searchSupport(ctx, { query: pickKind().make() });
    const byKind = new Map<string, number[]>();
    const all: number[] = [];
    let empty = 0;
    for (let i = 0; i < SEARCHES; i++) {
      const kind = pickKind();
      const query = kind.make();
      const started = performance.now();
      const result = await searchSupport(ctx, { query });
      const ms = performance.now() - started;
      if (result.customers.length + result.agreements.length + result.charges.length === 0) empty++;
      all.push(ms);
      byKind.set(kind.kind, [...(byKind.get(kind.kind) ?? []), ms]);
    }
    const floorTimes: number[] = [];
    for (let i = 0; i < SEARCHES; i++) {
      const id = `h${rnd(agreements)}_${rnd(VOLUME.chargesPerAgreement) - 1}`;
      const started = performance.now();
      await db.charge.findUnique({ where: { id }, select: { id: true } });
      floorTimes.push(performance.now() - started);
    }
    const rows = [...byKind].map(([kind, times]) => {
      const sorted = times.sort((a, b) => a - b);
      return {
        kind,
        n: sorted.length,
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        max: round(sorted.at(-1)!),
      };
    });
    console.table(rows);
    const summary = summarize(all);
    const floor = summarize(floorTimes);
    console.log(
      `search over 1,000,000 charges: p50 ${summary.p50} ms, p95 ${summary.p95} ms, p99 ${summary.p99} ms; ${empty} of ${SEARCHES} found nothing`,
    );
    const passed = writeResult(
      "search",
      [
        {
          name: `support search p95, ${SEARCHES} searches of ${MIX.length} kinds`,
          figure: summary.p95,
          floor: floor.p95,
          unit: "ms",
          floorName: "a charge by primary key, same client",
          goal: null,
          figureGoal: `≤ ${TARGET_P95_MS}`,
        },
      ],
      {
        volume: seeded ?? VOLUME,
        searches: SEARCHES,
        latencyMs: summary,
        floorMs: floor,
        emptyResults: empty,
        byKind: rows,
      },
    );
    process.exitCode = passed ? 0 : 1;
  } finally {
    await db.$disconnect();
    await stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
