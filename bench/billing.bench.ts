// Billing benchmark (issue 6): 100,000 ACTIVE agreements in a fresh embedded PostgreSQL and an
// emulator with rate limits off (persistence on). Measures the billing run — the same function the
// billing.run job calls (plan every period, send in bulk batches) — until every charge is created
// at Vipps (emulator stats) and stored in Abo as SENT. Then a bare loop makes the same HTTP calls
// and the same inserts and updates with no Abo logic: the floor, measured in the same run (goal:
// Abo ≤ 1.3 × the bare loop). The billing run has its own process (bench/lib/billing-worker.ts), so
// its peak memory is measured alone: it should depend on the batch size, not on the book.
// Writes bench/results/billing.json. Run: `npm run bench billing` (BENCH_AGREEMENTS to change the
// size; seeded 250,000 at a time, as the emulator takes at most 500,000 a call).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { provisionDatabase } from "../tests/harness/database";
import { startEmulator } from "../tests/harness/emulator";
import { armTimeLimit, fetchJson, round, writeResult } from "./lib/kit";
import { cpuSeconds, sampleDatabase } from "./lib/where-time-goes";

const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 100_000);
const TARGET_SECONDS = 60;
const MSN = "123456";
const BATCH = 2000;
const LANES = 3;
// The emulator's seed endpoint takes at most 500,000 agreements a call.
const SEED_CHUNK = 250_000;

const database = await provisionDatabase({ mode: "embedded", durable: true });
const emulator = await startEmulator({ env: { EMULATOR_RATE_LIMITS: "off", EMULATOR_FSYNC: "on" } });
const secrets = { ENCRYPTION_KEY: randomBytes(32).toString("base64") };
Object.assign(process.env, {
  DATABASE_URL: database.url,
  ...secrets,
  VIPPS_BASE_URL: emulator.url,
  LOG_LEVEL: "warn",
  ALLOW_TIME_TRAVEL: "false",
});
const { db } = await import("@/lib/db");
const { saveSalesUnit } = await import("@/lib/server/merchant/create-sales-unit");
const { systemContext } = await import("@/lib/server/context/build-context");
const sql = new pg.Pool({ connectionString: database.url, max: 10 });
let worker: ReturnType<typeof spawn> | undefined;
const cleanup = async () => {
  worker?.kill("SIGKILL");
  await sql.end().catch(() => undefined);
  await db.$disconnect().catch(() => undefined);
  await emulator.stop();
  await database.stop();
};
armTimeLimit("billing", cleanup);

try {
  const merchant = await db.merchant.create({ data: { name: "Benchkaffe" } });
  const unit = await saveSalesUnit(await systemContext({ merchantId: merchant.id }), {
    name: "Bench NO",
    environment: "TEST",
    market: "NO",
    currency: "NOK",
    msn: MSN,
    baseUrl: emulator.url,
    clientId: "abo-test-client",
    clientSecret: "abo-test-secret",
    subscriptionKey: "abo-test-subscription-key",
  });
  const seeded = performance.now();
  const ids: string[] = [];
  for (let from = 0; from < AGREEMENTS; from += SEED_CHUNK) {
    const chunk = await seedEmulator(Math.min(SEED_CHUNK, AGREEMENTS - from));
    if (chunk.length === 0) throw new Error("the emulator seeded no agreements");
    for (const id of chunk) ids.push(id);
    await sql.query(
      `INSERT INTO "Agreement" (id, "merchantId", "salesUnitId", "vippsAgreementId", status, market, currency, "pricingType", amount, "intervalUnit", "intervalCount",
         "productName", "transactionType", "retryDays", "externalId", "returnToken", "draftIdempotencyKey", "activatedAt", "billingAnchor", "nextPeriodIndex", "nextChargeDate", "updatedAt")
       SELECT 'b' || (n + $4), $1, $2, v, 'ACTIVE', 'NO', 'NOK', 'LEGACY', 29900, 'MONTH', 1, 'Benchavisen', 'DIRECT_CAPTURE', 3, 'b' || (n + $4), 'rt-b' || (n + $4), 'agr-b' || (n + $4),
         now(), current_date, 0, current_date, now()
       FROM unnest($3::text[]) WITH ORDINALITY AS t(v, n)`,
      [merchant.id, unit.id, chunk, from],
    );
  }
  await sql.query("VACUUM (ANALYZE)");
  console.log(`seeded ${AGREEMENTS} agreements (emulator and Abo) in ${seconds(seeded)} s`);

  // 1. Abo's billing run, in its own worker process.
  const run = await startWorker();
  const aboEmulatorCpu = cpuSeconds(emulator.process.pid);
  const aboDatabase = sampleDatabase(sql);
  const aboStarted = performance.now();
  const outcome = await run.go();
  await until(
    async () =>
      (await createdAtEmulator()) >= AGREEMENTS &&
      (await count(`SELECT count(*) FROM "Charge" WHERE "sendState" = 'SENT'`)) >= AGREEMENTS,
  );
  const aboSeconds = seconds(aboStarted);
  const aboWhere = {
    emulatorCpuSeconds: round((cpuSeconds(emulator.process.pid) ?? 0) - (aboEmulatorCpu ?? 0), 1),
    workerCpuSeconds: outcome.cpuSeconds,
    database: await aboDatabase.stop(),
  };
  console.log(
    `Abo billing run: ${AGREEMENTS} charges planned, sent and created in ${aboSeconds} s ` +
      `(planned ${outcome.planned}, sent ${outcome.sent}); worker peak RSS ${outcome.peakRssMB} MB (idle ${outcome.idleRssMB} MB)`,
  );
  if (outcome.planned !== AGREEMENTS || outcome.sent !== AGREEMENTS)
    throw new Error(`the billing run planned ${outcome.planned} and sent ${outcome.sent} of ${AGREEMENTS}`);

  // 2. The bare loop: per batch, insert the charges, move the agreements on, one bulk call, mark them sent.
  const token = await accessToken();
  const bareEmulatorCpu = cpuSeconds(emulator.process.pid);
  const bareCpu = process.cpuUsage();
  const bareDatabase = sampleDatabase(sql);
  const bareStarted = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < ids.length) {
      const from = next;
      next += BATCH;
      const slice = ids.slice(from, from + BATCH).map((vippsId, i) => ({ vippsId, id: `b${from + i + 1}` }));
      const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await sql.query(
        `INSERT INTO "Charge" (id, "agreementId", "orderId", "idempotencyKey", type, "transactionType", amount, currency, description, due, "retryDays", "periodIndex", "updatedAt")
         SELECT 'x' || a, a, 'bare-' || a || '-p1', 'bare-' || a || '-p1', 'RECURRING', 'DIRECT_CAPTURE', 29900, 'NOK', 'Benchavisen', $2::date, 3, 1, now()
         FROM unnest($1::text[]) AS a`,
        [slice.map((s) => s.id), due],
      );
      await sql.query(
        `UPDATE "Agreement" SET "nextPeriodIndex" = 2, "updatedAt" = now() WHERE id = ANY($1::text[])`,
        [slice.map((s) => s.id)],
      );
      const body = slice.map((s) => ({
        agreementId: s.vippsId,
        amount: 29900,
        transactionType: "DIRECT_CAPTURE",
        description: "Benchavisen",
        due,
        retryDays: 3,
        orderId: `bare-${s.id}-p1`,
      }));
      const response = await fetch(`${emulator.url}/recurring/v3/agreements/charges`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${token}`,
          "Ocp-Apim-Subscription-Key": "abo-test-subscription-key",
          "Merchant-Serial-Number": MSN,
          "Content-Type": "application/json",
          "Idempotency-Key": `bare-${from}`,
        },
        body: JSON.stringify(body),
      });
      if (response.status !== 202)
        throw new Error(`bare bulk call: ${response.status} ${await response.text()}`);
      await response.json();
      await sql.query(`UPDATE "Charge" SET "sendState" = 'SENT' WHERE "orderId" = ANY($1::text[])`, [
        body.map((b) => b.orderId),
      ]);
    }
  };
  await Promise.all(Array.from({ length: LANES }, lane));
  await until(async () => (await createdAtEmulator()) >= 2 * AGREEMENTS);
  const bareSeconds = seconds(bareStarted);
  const cpu = process.cpuUsage(bareCpu);
  const bareWhere = {
    emulatorCpuSeconds: round((cpuSeconds(emulator.process.pid) ?? 0) - (bareEmulatorCpu ?? 0), 1),
    loopCpuSeconds: round((cpu.user + cpu.system) / 1e6, 1),
    database: await bareDatabase.stop(),
  };
  console.log("where the time went:", JSON.stringify({ abo: aboWhere, bare: bareWhere }, null, 2));
  const perAgreementUs = (s: number) => round((s * 1_000_000) / AGREEMENTS, 1);
  console.log(`bare loop (same calls and inserts, no Abo logic): ${bareSeconds} s`);
  const passed = writeResult(
    "billing",
    [
      {
        name: `billing run, ${AGREEMENTS} agreements`,
        figure: aboSeconds,
        floor: bareSeconds,
        unit: "s",
        floorName: "bare loop of the same calls and inserts",
        goal: "≤ 1.3",
      },
    ],
    {
      setup: {
        agreements: AGREEMENTS,
        batch: BATCH,
        lanes: LANES,
        emulator: "rate limits off, journal + fdatasync",
      },
      abo: {
        seconds: aboSeconds,
        runSeconds: round(outcome.ms / 1000, 1),
        usPerAgreement: perAgreementUs(aboSeconds),
        chargesPerSecond: Math.round(AGREEMENTS / aboSeconds),
      },
      bare: { seconds: bareSeconds, usPerAgreement: perAgreementUs(bareSeconds) },
      whereTimeWent: { abo: aboWhere, bare: bareWhere },
      worker: { idleRssMB: outcome.idleRssMB, peakRssMB: outcome.peakRssMB, maxRssMB: outcome.maxRssMB },
      targetSeconds: TARGET_SECONDS,
      withinTargetSeconds: aboSeconds <= TARGET_SECONDS,
    },
  );
  console.log(
    `per agreement: Abo ${perAgreementUs(aboSeconds)} µs, bare ${perAgreementUs(bareSeconds)} µs; worker peak RSS ${outcome.peakRssMB} MB`,
  );
  if (!passed) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanup();
}
process.exit(process.exitCode ?? 0);

type TWorkerOutcome = {
  ms: number;
  cpuSeconds: number;
  planned: number;
  sent: number;
  idleRssMB: number;
  peakRssMB: number;
  maxRssMB: number;
};

/** Starts bench/lib/billing-worker.ts and waits until it has loaded; go() runs the billing run. */
async function startWorker(): Promise<{ go: () => Promise<TWorkerOutcome> }> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("bench", "lib", "billing-worker.ts")],
    { env: { ...process.env }, stdio: ["pipe", "pipe", "inherit"] },
  );
  worker = child;
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done) throw new Error(`the billing worker exited (${child.exitCode ?? child.signalCode})`);
    return line.value;
  };
  while ((await next()) !== "ready");
  return {
    go: async () => {
      child.stdin!.write("go\n");
      for (;;) {
        const line = await next();
        if (line.startsWith("{")) return JSON.parse(line) as TWorkerOutcome;
      }
    },
  };
}

async function seedEmulator(n: number): Promise<string[]> {
  const seeded = await fetchJson<{ ids: string[] }>(`${emulator.url}/_emulator/seed/agreements`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      msn: MSN,
      count: n,
      status: "ACTIVE",
      pricing: { type: "LEGACY", amount: 29_900 },
      interval: { unit: "MONTH", count: 1 },
    }),
  });
  return seeded.ids;
}

async function createdAtEmulator(): Promise<number> {
  const stats = await fetchJson<{ charges: { totalCreated?: number; total: number } }>(
    `${emulator.url}/_emulator/stats`,
  );
  return stats.charges.totalCreated ?? stats.charges.total;
}

async function accessToken(): Promise<string> {
  const token = await fetchJson<{ access_token: string }>(`${emulator.url}/accesstoken/get`, {
    method: "POST",
    headers: {
      client_id: "abo-test-client",
      client_secret: "abo-test-secret",
      "Ocp-Apim-Subscription-Key": "abo-test-subscription-key",
      "Merchant-Serial-Number": MSN,
    },
  });
  return token.access_token;
}

async function count(query: string): Promise<number> {
  return Number((await sql.query<{ count: string }>(query)).rows[0]!.count);
}

// The work is done when the calls have returned; this only waits for the last writes to show.
async function until(done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`the counts did not add up within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 100) / 10;
}
