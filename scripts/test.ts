// npm test: every tier, in order — typecheck, lint, migration drift, unit, build (the integration
// tier runs the built web role), integration (embedded PostgreSQL, then the PostgreSQL server path),
// end-to-end in Chromium — and one last line:
// "N passed, N failed", totalled over all tiers. Each tier runs even when an earlier one failed.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import pg from "pg";

// The database-path tests, run a second time on the PostgreSQL server: migrations and constraints,
// the Vipps client with its call log, and the core operations with crash recovery; and two webs with
// two workers on that server (scale-out: it needs a server, so it runs only here).
const SERVER_PATH_SUITE = [
  "tests/integration/database",
  "tests/integration/vipps-client",
  "tests/integration/operations",
  "tests/integration/scale-out",
];

// The date-sensitive tests, run again with the whole process tree's clock pinned (libfaketime shifts
// every process by one offset, PostgreSQL and the emulator included) to instants that break naive
// date code: a leap day late in the evening UTC (already the next day in Oslo), both Europe/Oslo DST
// change days, and New Year's Eve after 21:00 UTC — each a month's last day or the day before one.
const PINNED_DATES = [
  "2028-02-29T22:30:00Z",
  "2027-03-28T00:45:00Z",
  "2027-10-31T21:15:00Z",
  "2026-12-31T23:30:00Z",
];
const PINNED_SUITE = [
  "tests/integration/billing-seed",
  "tests/integration/billing-scheduler",
  "tests/integration/billing-sync",
  "tests/integration/customer-portal",
  "tests/integration/operations",
  "tests/integration/scheduled-jobs",
  "tests/admin/metrics",
];
const FAKETIME_LIB = [
  "/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1",
  "/usr/lib/faketime/libfaketimeMT.so.1",
].find((file) => existsSync(file));

type TResult = { name: string; passed: number; failed: number; note?: string; seconds: number };
const results: TResult[] = [];
const started = Date.now();
mkdirSync("test-results", { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function step(name: string, body: () => Promise<Omit<TResult, "name" | "seconds">>): Promise<void> {
  console.log(`\n━━ ${name} ━━`);
  const t = Date.now();
  const result = { name, ...(await body()), seconds: Math.round((Date.now() - t) / 1000) };
  results.push(result);
  console.log(
    `━━ ${name}: ${result.passed} passed, ${result.failed} failed${result.note ? ` (${result.note})` : ""} in ${result.seconds}s`,
  );
}

const check = (command: string, args: string[]) => async () =>
  (await run(command, args)) === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };

async function vitest(
  config: string,
  report: string,
  env: Record<string, string> = {},
  paths: string[] = [],
) {
  rmSync(report, { force: true });
  const code = await run(
    "npx",
    [
      "vitest",
      "run",
      "--config",
      config,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      ...paths,
    ],
    env,
  );
  if (!existsSync(report))
    return { passed: 0, failed: 1, note: `vitest exited with ${code} before reporting` };
  const json = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    testResults: { status: string }[];
  };
  const brokenFiles = json.testResults.filter((f) => f.status === "failed").length;
  const failed = json.numFailedTests || (code !== 0 ? Math.max(1, brokenFiles) : 0);
  return { passed: json.numPassedTests, failed };
}

async function externalDatabaseUrl(): Promise<string | undefined> {
  const url =
    process.env.TEST_EXTERNAL_DATABASE_URL ??
    process.env.DATABASE_URL ??
    "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return undefined;
  }
}

// tsc and ESLint each keep one core busy: side by side on the machine's two.
await Promise.all([
  step("typecheck", check("npx", ["tsc", "--noEmit", "-p", "."])),
  step("lint", check("npm", ["run", "--silent", "lint"])),
]);
if (existsSync("../shared/tools/prisma-offline/schema-engine-shim.mjs")) {
  await step("migration drift", check("node", ["scripts/new-migration.mjs", "--check"]));
} else {
  console.log(
    "\n━━ migration drift: not run — it needs ../shared/tools/prisma-offline (the offline Prisma schema engine), which is not on this machine.",
  );
}
await step("unit", () => vitest("vitest.config.ts", "test-results/unit.json"));
await step("build", check("npx", ["next", "build"]));
await step("integration (embedded PostgreSQL)", () =>
  vitest("vitest.integration.config.ts", "test-results/integration.json", { TEST_DATABASE: "embedded" }, [
    "--exclude",
    "tests/integration/scale-out.integration.test.ts",
  ]),
);
const external = await externalDatabaseUrl();
if (external) {
  await step("integration (PostgreSQL server at DATABASE_URL)", () =>
    vitest(
      "vitest.integration.config.ts",
      "test-results/integration-external.json",
      { TEST_DATABASE: "external", TEST_EXTERNAL_DATABASE_URL: external },
      SERVER_PATH_SUITE,
    ),
  );
} else {
  console.log(
    "\n━━ integration on a PostgreSQL server: not run — no server answered at TEST_EXTERNAL_DATABASE_URL / DATABASE_URL / 127.0.0.1:5432.",
  );
}
if (FAKETIME_LIB) {
  // Two dates at a time: each date's run is two processes that wait as much as they compute (an
  // embedded PostgreSQL starting, workers polling), and their temp dirs and ports are their own.
  const pinnedDate = async (date: string, libfaketime: string) => {
    const offsetSeconds = Math.round((Date.parse(date) - Date.now()) / 1000);
    const pinned = {
      LD_PRELOAD: libfaketime,
      FAKETIME: `${offsetSeconds >= 0 ? "+" : ""}${offsetSeconds}`,
      // Timers and timeouts keep real time; only the calendar moves.
      FAKETIME_DONT_FAKE_MONOTONIC: "1",
    };
    const slug = date.slice(0, 16).replace(/[^0-9]/g, "");
    await step(`unit, clock pinned at ${date}`, () =>
      vitest("vitest.config.ts", `test-results/unit-${slug}.json`, pinned),
    );
    await step(`integration, clock pinned at ${date}`, () =>
      vitest(
        "vitest.integration.config.ts",
        `test-results/integration-${slug}.json`,
        { ...pinned, TEST_DATABASE: "embedded" },
        PINNED_SUITE,
      ),
    );
  };
  for (let i = 0; i < PINNED_DATES.length; i += 2)
    await Promise.all(PINNED_DATES.slice(i, i + 2).map((date) => pinnedDate(date, FAKETIME_LIB)));
} else {
  console.log(
    "\n━━ pinned dates: not run — they need libfaketime (apt-get install faketime; bash .ci/run installs it).",
  );
}
await step("end-to-end (Chromium)", async () => {
  const report = "test-results/e2e.json";
  rmSync(report, { force: true });
  const code = await run("npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  if (!existsSync(report))
    return { passed: 0, failed: 1, note: `playwright exited with ${code} before reporting` };
  const stats = (
    JSON.parse(readFileSync(report, "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number };
    }
  ).stats;
  const failed = stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
  return { passed: stats.expected + stats.flaky, failed };
});

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log("\nTier summary:");
for (const r of results)
  console.log(
    `  ${r.name.padEnd(50)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${r.seconds}s`,
  );
console.log(`  total time ${Math.round((Date.now() - started) / 1000)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
