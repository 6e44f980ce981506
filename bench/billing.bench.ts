// Billing benchmark (issue 6): 100,000 ACTIVE agreements in a fresh embedded PostgreSQL and an
// emulator with rate limits off (persistence on). Measures the billing run — the same function the
// billing.run job calls (plan every period, send in bulk batches) — until every charge is created
// at Vipps (emulator stats) and stored in Abo as SENT. Then a bare loop makes the same HTTP calls
// and the same inserts and updates with no Abo logic, for the ratio. Target: ≤ 60 s.
// Writes bench/results/billing.json. Run: `npm run bench billing` (BENCH_AGREEMENTS to change the size).
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import pg from "pg";
import { provisionDatabase } from "../tests/harness/database";
import { startEmulator } from "../tests/harness/emulator";

const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 100_000);
const TARGET_SECONDS = 60;
const MSN = "123456";
const BATCH = 2000;
const LANES = 3;

const database = await provisionDatabase({ mode: "embedded", durable: true });
const emulator = await startEmulator({ env: { EMULATOR_RATE_LIMITS: "off", EMULATOR_FSYNC: "on" } });
Object.assign(process.env, {
  DATABASE_URL: database.url,
  ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  VIPPS_BASE_URL: emulator.url,
  LOG_LEVEL: "warn",
  ALLOW_TIME_TRAVEL: "false",
});
const { db } = await import("@/lib/db");
const { saveSalesUnit } = await import("@/lib/server/merchant/create-sales-unit");
const { runBilling } = await import("@/lib/server/billing/run-billing");
const sql = new pg.Pool({ connectionString: database.url, max: 10 });

try {
  const merchant = await db.merchant.create({ data: { name: "Benchkaffe" } });
  const unit = await saveSalesUnit({
    merchantId: merchant.id,
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
  const ids = await seedEmulator(AGREEMENTS);
  await sql.query(
    `INSERT INTO "Agreement" (id, "merchantId", "salesUnitId", "vippsAgreementId", status, market, currency, "pricingType", amount, "intervalUnit", "intervalCount",
       "productName", "transactionType", "retryDays", "externalId", "returnToken", "draftIdempotencyKey", "activatedAt", "billingAnchor", "nextPeriodIndex", "nextChargeDate", "updatedAt")
     SELECT 'b' || n, $1, $2, v, 'ACTIVE', 'NO', 'NOK', 'LEGACY', 29900, 'MONTH', 1, 'Benchavisen', 'DIRECT_CAPTURE', 3, 'b' || n, 'rt-b' || n, 'agr-b' || n,
       now(), current_date, 0, current_date, now()
     FROM unnest($3::text[]) WITH ORDINALITY AS t(v, n)`,
    [merchant.id, unit.id, ids],
  );
  await sql.query("ANALYZE");
  console.log(`seeded ${AGREEMENTS} agreements (emulator and Abo) in ${seconds(seeded)} s`);

  // 1. Abo's billing run.
  const aboStarted = performance.now();
  const run = await runBilling();
  await until(
    async () =>
      (await createdAtEmulator()) >= AGREEMENTS &&
      (await count(`SELECT count(*) FROM "Charge" WHERE "sendState" = 'SENT'`)) >= AGREEMENTS,
  );
  const aboSeconds = seconds(aboStarted);
  console.log(
    `Abo billing run: ${AGREEMENTS} charges planned, sent and created in ${aboSeconds} s (planned ${run.planned?.planned}, sent ${run.sent.sent})`,
  );

  // 2. The bare loop: per batch, insert the charges, move the agreements on, one bulk call, mark them sent.
  const token = await accessToken();
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
  const ratio = Math.round((aboSeconds / bareSeconds) * 100) / 100;
  console.log(`bare loop (same calls and inserts, no Abo logic): ${bareSeconds} s; ratio ${ratio}`);

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version },
    setup: {
      agreements: AGREEMENTS,
      batch: BATCH,
      lanes: LANES,
      emulator: "rate limits off, journal + fdatasync",
    },
    abo: { seconds: aboSeconds, charges: AGREEMENTS, chargesPerSecond: Math.round(AGREEMENTS / aboSeconds) },
    bare: { seconds: bareSeconds, chargesPerSecond: Math.round(AGREEMENTS / bareSeconds) },
    ratio,
    targetSeconds: TARGET_SECONDS,
    pass: aboSeconds <= TARGET_SECONDS,
  };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/billing.json", `${JSON.stringify(result, null, 2)}\n`);
  console.table({
    "Abo billing run": { seconds: aboSeconds, target: TARGET_SECONDS },
    "bare loop": { seconds: bareSeconds, target: "-" },
  });
  if (!result.pass) process.exitCode = 1;
} finally {
  await sql.end();
  await db.$disconnect();
  await emulator.stop();
  await database.stop();
}

async function seedEmulator(n: number): Promise<string[]> {
  const response = await fetch(`${emulator.url}/_emulator/seed/agreements`, {
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
  return ((await response.json()) as { ids: string[] }).ids;
}

async function createdAtEmulator(): Promise<number> {
  const stats = (await (await fetch(`${emulator.url}/_emulator/stats`)).json()) as {
    charges: { totalCreated?: number; total: number };
  };
  return stats.charges.totalCreated ?? stats.charges.total;
}

async function accessToken(): Promise<string> {
  const response = await fetch(`${emulator.url}/accesstoken/get`, {
    method: "POST",
    headers: {
      client_id: "abo-test-client",
      client_secret: "abo-test-secret",
      "Ocp-Apim-Subscription-Key": "abo-test-subscription-key",
      "Merchant-Serial-Number": MSN,
    },
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function count(query: string): Promise<number> {
  return Number((await sql.query<{ count: string }>(query)).rows[0]!.count);
}

async function until(done: () => Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error("benchmark did not finish in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 100) / 10;
}
