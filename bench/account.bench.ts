// Customer account benchmark (issue 4): the account page (/account) of the production build, with
// 100,000 agreements and 1,000,000 charges in the database (bench/lib/seed-volume.ts: 25,000
// customers × 4 agreements × 10 charges). Each request is one of 1,000 seeded customers, signed in
// with a session cookie minted the way Auth.js does it (the JWT encoded with AUTH_SECRET), so the
// whole path runs: proxy, session, user lookup, the page's queries and the render.
//
// The floor is the framework's: an empty dynamic page behind the same proxy, session check and
// root layout (app/bench-floor/page.bench.tsx), in the same build, under the same load. It and an
// empty page inside the account layout (app/account/bench-empty) exist only in this benchmark's
// build (ABO_BENCH_PAGES=1, its own distDir .next-bench). The three are loaded in turns, 50
// connections each, so a machine that gets busier part-way slows all three alike. Figures: the
// account page's throughput as a share of the floor's (goal ≥ 0.7), its p95, and what the page
// reads from the database with 50 requests in flight (goal p95 ≤ 100 ms; floor: a one-row read).
// Writes bench/results/account.json. Run: `npm run bench account`.
// BENCH_DATABASE_URL: use that (already seeded) server instead of a fresh embedded one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { startStack } from "../scripts/lib/stack";
import { freePort } from "../tests/harness/free-port";
import { armTimeLimit, round, writeResult } from "./lib/kit";
import { seedVolume } from "./lib/seed-volume";

type AutocannonResult = {
  requests: { average: number };
  latency: Record<string, number>;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
};
type AutocannonInstance = Promise<AutocannonResult> & {
  on: (event: "response", cb: (client: unknown, status: number, bytes: number, ms: number) => void) => void;
};
// autocannon ships no types; this is the part of its API the benchmark uses.
const autocannon = createRequire(import.meta.url)("autocannon") as (
  options: Record<string, unknown>,
) => AutocannonInstance;

const VOLUME = { customers: 25_000, agreementsPerCustomer: 4, chargesPerAgreement: 10 };
const USERS = 1_000;
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
// Each page is loaded ROUNDS times for DURATION_S / ROUNDS seconds, in turns with the others.
const ROUNDS = 4;
const PAGES = { floor: "/bench-floor", layout: "/account/bench-empty", account: "/account" } as const;
const COOKIE = "authjs.session-token";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1)!),
  };
};

/** User rows for the first USERS seeded customers, and a session cookie for each. */
async function signInCustomers(databaseUrl: string, secret: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "customerId", "emailVerified", "updatedAt")
       SELECT 'u' || n, 'kunde' || n || '@bench.example', 'Kunde ' || n, 'CUSTOMER', 'c' || n, now(), now() FROM generate_series(1, $1::int) AS n
       ON CONFLICT DO NOTHING`,
      [USERS],
    );
  } finally {
    await client.end();
  }
  return Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      const token = await encode({
        token: { sub: `u${i + 1}`, email: `kunde${i + 1}@bench.example` },
        secret,
        salt: COOKIE,
        maxAge: 8 * 60 * 60,
      });
      return `${COOKIE}=${token}`;
    }),
  );
}

async function seedOnce(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Agreement"`);
  await client.end();
  if (rows[0]!.n >= VOLUME.customers * VOLUME.agreementsPerCustomer) {
    console.log(`using the ${rows[0]!.n} agreements already there`);
    return {
      customers: VOLUME.customers,
      agreements: rows[0]!.n,
      charges: VOLUME.customers * VOLUME.agreementsPerCustomer * VOLUME.chargesPerAgreement,
      ms: 0,
    };
  }
  console.log("seeding 100,000 agreements and 1,000,000 charges …");
  const seeded = await seedVolume(databaseUrl, VOLUME);
  console.log(
    `seeded ${seeded.customers} customers, ${seeded.agreements} agreements, ${seeded.charges} charges in ${(seeded.ms / 1000).toFixed(1)} s`,
  );
  return seeded;
}

type TLoad = {
  requests: number;
  seconds: number;
  times: number[];
  statuses: Map<number, number>;
  errors: number;
};

/** 50 connections on one page for `seconds`, each request as a random signed-in customer. */
async function load(url: string, seconds: number, cookie: () => string, into: TLoad): Promise<void> {
  const run = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "GET",
        setupRequest: (req: Record<string, unknown>) => ({ ...req, headers: { cookie: cookie() } }),
      },
    ],
  });
  run.on("response", (_client, status, _bytes, ms) => {
    into.times.push(ms);
    into.statuses.set(status, (into.statuses.get(status) ?? 0) + 1);
  });
  const result = await run;
  into.requests += result["2xx"] + result.non2xx;
  into.seconds += seconds;
  into.errors += result.errors + result.timeouts;
}

/** A page that is not the one asked for (a redirect to sign-in, a 404) would be fast and wrong. */
async function expectPage(url: string, cookie: string, marker: string): Promise<void> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(marker))
    throw new Error(
      `${url} did not render for a seeded customer (${response.status}); is this a build with ABO_BENCH_PAGES=1?`,
    );
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "abo-account-bench-"));
  const secrets = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  const [appPort, pgPort] = await Promise.all([freePort(), freePort()]);
  console.log("starting PostgreSQL and the production build (builds first if the sources changed) …");
  // next build adds its distDir's types to tsconfig.json for any distDir but .next: put it back.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const restoreTsconfig = () =>
    readFileSync("tsconfig.json", "utf8") !== tsconfig && writeFileSync("tsconfig.json", tsconfig);
  const stack = await startStack({
    dataDir,
    appPort,
    embeddedPgPort: pgPort,
    databaseUrl: process.env.BENCH_DATABASE_URL,
    emulatorPort: null,
    mode: "production",
    seed: false,
    worker: false,
    env: { ...secrets, LOG_LEVEL: "warn", DEMO_MODE: "false", ABO_BENCH_PAGES: "1" },
    logDir: path.join(dataDir, "logs"),
    // Its own build: the floor pages must never land in the build others start.
    distDir: process.env.NEXT_DIST_DIR ?? ".next-bench",
    onProgress: (message) => console.log(`  ${message}`),
  }).finally(restoreTsconfig);
  armTimeLimit("account", async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  try {
    const seeded = await seedOnce(stack.databaseUrl);
    const cookies = await signInCustomers(stack.databaseUrl, secrets.AUTH_SECRET);
    const pick = () => cookies[Math.floor(Math.random() * cookies.length)]!;

    await expectPage(`${stack.appUrl}${PAGES.account}`, cookies[0]!, "Benchavisen");
    await expectPage(`${stack.appUrl}${PAGES.layout}`, cookies[0]!, 'id="main"');
    await expectPage(`${stack.appUrl}${PAGES.floor}`, cookies[0]!, 'id="main"');
    for (let i = 0; i < 100; i++)
      for (const page of Object.values(PAGES))
        await fetch(`${stack.appUrl}${page}`, { headers: { cookie: pick() } }).then((r) => r.text());

    // One request at a time: what the server spends on a request, with nothing queued before it.
    console.log("/account, one request at a time …");
    const serialTimes: number[] = [];
    for (const until = Date.now() + (DURATION_S * 1000) / 2; Date.now() < until;) {
      const started = performance.now();
      const response = await fetch(`${stack.appUrl}/account`, { headers: { cookie: pick() } });
      await response.text();
      if (response.status !== 200) throw new Error(`GET /account answered ${response.status}`);
      serialTimes.push(performance.now() - started);
    }
    const serial = summary(serialTimes);

    const loads = Object.fromEntries(
      Object.keys(PAGES).map((key) => [
        key,
        { requests: 0, seconds: 0, times: [], statuses: new Map(), errors: 0 } as TLoad,
      ]),
    ) as Record<keyof typeof PAGES, TLoad>;
    for (let turn = 1; turn <= ROUNDS; turn++)
      for (const [key, page] of Object.entries(PAGES) as [keyof typeof PAGES, string][]) {
        console.log(
          `${page}, ${CONNECTIONS} connections, ${DURATION_S / ROUNDS} s (turn ${turn} of ${ROUNDS}) …`,
        );
        await load(`${stack.appUrl}${page}`, DURATION_S / ROUNDS, pick, loads[key]);
      }
    const http = Object.fromEntries(
      Object.entries(loads).map(([key, l]) => [
        key,
        { requestsPerSecond: round(l.requests / l.seconds), ...summary(l.times) },
      ]),
    ) as unknown as Record<keyof typeof PAGES, { requestsPerSecond: number; p95: number }>;
    const statuses = Object.fromEntries(
      Object.entries(loads).map(([key, l]) => [key, Object.fromEntries(l.statuses)]),
    );
    const clean = Object.values(loads).every(
      (l) => l.errors === 0 && [...l.statuses.keys()].every((status) => status === 200),
    );
    if (!clean) throw new Error(`not every request was answered 200: ${JSON.stringify(statuses)}`);

    // What the page reads from the database, 50 requests at a time (as many as the HTTP run): the
    // signed-in user (getCurrentUser's read), the shop, and the customer's subscriptions. Its
    // floor: one one-row read through the same client, 50 at a time.
    process.env.DATABASE_URL = stack.databaseUrl;
    process.env.LOG_LEVEL = "silent";
    const { listSubscriptions } = await import("../lib/server/customer-portal/list-subscriptions");
    const { getShop } = await import("../lib/server/merchant/get-shop");
    const { findActiveUser } = await import("../lib/auth/find-active-user");
    const { db } = await import("../lib/db");
    const { buildContext, installationMerchantId } = await import("../lib/server/context/build-context");
    const merchantId = await installationMerchantId();
    // The page's context: the customer's actor, and Abo's clock read once (as listSubscriptions used to).
    const customerContext = (n: number) =>
      buildContext({ actor: { type: "CUSTOMER", id: `u${n}`, customerId: `c${n}` }, merchantId });
    const pageData = async (n: number) =>
      Promise.all([
        findActiveUser(`u${n}`, 0),
        customerContext(n).then(getShop),
        customerContext(n).then((ctx) => listSubscriptions(ctx)),
      ]);
    const inFlight = async (call: (n: number) => Promise<unknown>) => {
      const times: number[] = [];
      for (let batch = 0; batch < 40; batch++)
        await Promise.all(
          Array.from({ length: CONNECTIONS }, async () => {
            const started = performance.now();
            await call(1 + Math.floor(Math.random() * USERS));
            times.push(performance.now() - started);
          }),
        );
      return summary(times.slice(CONNECTIONS));
    };
    const cpuBefore = process.cpuUsage();
    const data = await inFlight(pageData);
    // CPU this process spent per call: with 50 in flight on one Node thread, a call waits for
    // roughly 50 × this, so it tells a busy machine (waits far above it) from a slow page.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMsPerCall = round((cpu.user + cpu.system) / 1000 / (40 * CONNECTIONS));
    const dataFloor = await inFlight((n) => findActiveUser(`u${n}`, 0));
    await db.$disconnect();

    console.table({
      "GET /account, one at a time": serial,
      ...Object.fromEntries(
        Object.entries(PAGES).map(([key, page]) => [
          `GET ${page}, 50 concurrent`,
          http[key as keyof typeof PAGES],
        ]),
      ),
      "page data (user, shop, subscriptions), 50 in flight": data,
      "floor: one-row read, 50 in flight": dataFloor,
    });
    const passed = writeResult(
      "account",
      [
        {
          name: `GET /account, ${CONNECTIONS} connections (p95 ${http.account.p95} ms)`,
          figure: http.account.requestsPerSecond,
          floor: http.floor.requestsPerSecond,
          unit: "req/s",
          floorName: "empty dynamic page, same proxy, session check and root layout",
          goal: "≥ 0.7",
        },
        {
          name: `account page data p95, ${CONNECTIONS} in flight`,
          figure: data.p95,
          floor: dataFloor.p95,
          unit: "ms",
          floorName: "one-row read, 50 in flight",
          goal: null,
          figureGoal: "≤ 100",
        },
      ],
      {
        volume: { customers: seeded.customers, agreements: seeded.agreements, charges: seeded.charges },
        connections: CONNECTIONS,
        durationS: DURATION_S,
        rounds: ROUNDS,
        serialMs: serial,
        http,
        emptyPageInAccountLayoutShare: round(http.layout.requestsPerSecond / http.floor.requestsPerSecond, 3),
        statuses,
        pageDataMs: data,
        pageDataCpuMsPerCall: cpuMsPerCall,
        pageDataFloorMs: dataFloor,
      },
    );
    process.exitCode = passed ? 0 : 1;
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
// Child processes and pools can keep the loop alive or end it with their own code: ours decides.
process.exit(process.exitCode ?? 0);
