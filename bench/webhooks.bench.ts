// Webhook benchmark (issue 18): signed deliveries posted to the production build (scripts/web.ts)
// as fast as it takes them, then a real worker (jobs/worker.ts) applying them; the emulator with its
// rate limits on. Accepting and applying are measured apart (no worker runs while deliveries are
// posted), so each figure is that step's own:
// 1. 3,000 charge-captured events (1,000 agreements × 3 DUE charges, a distinct transactionId each);
// 2. a burst of 10,000 agreement-stopped events, actor ADMIN (a deleted Vipps profile; Vipps has them
//    STOPPED, Abo ACTIVE), then the time the worker takes until every one is STOPPED in Abo. Each
//    agreement's customer has an address (as real ones do), so each stop also queues its mail.
// Figures, each beside a floor measured in the same run: deliveries accepted per second, 32 in
// flight (verified, stored, queued; floor: the app's empty route, GET /api/health, 32 in flight;
// goal ≥ 1,000/s); stops applied per second and the time to apply the burst (floor: a bare loop of
// the same Vipps reads and one UPDATE each, 16 at a time; goals ≥ 500/s and ≤ 60 s). Where the time
// goes: each receive step alone in this process, and PostgreSQL's active statements while applying.
// Writes bench/results/webhooks.json. Run: `npm run bench webhooks` (BENCH_STOPS resizes the burst).
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { commands, startChild, waitForOutput, type Child } from "../scripts/lib/processes";
import { startStack } from "../scripts/lib/stack";
import { freePort } from "../tests/harness/free-port";
import { armTimeLimit, fetchJson, round, writeResult } from "./lib/kit";
import { cpuSeconds, descendantsCpuSeconds, sampleDatabase } from "./lib/where-time-goes";

const STOPS = Number(process.env.BENCH_STOPS ?? 10_000);
const CHARGE_AGREEMENTS = 1_000;
const CHARGES_PER_AGREEMENT = 3;
const IN_FLIGHT = 32;
const BARE_LANES = 16;
const MSN = "123456";
const CREDENTIALS = {
  clientId: "abo-test-client",
  clientSecret: "abo-test-secret",
  subscriptionKey: "abo-test-subscription-key",
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const seconds = (since: number) => round((performance.now() - since) / 1000, 2);

type TLoad = { perSecond: number; p50: number; p95: number; n: number; statuses: Record<number, number> };

/** Each request, `inFlight` at a time; throughput and latency. */
async function load(requests: (() => Promise<Response>)[], inFlight: number): Promise<TLoad> {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const t = performance.now();
        const response = await request();
        await response.arrayBuffer();
        times.push(performance.now() - t);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    perSecond: round(requests.length / elapsed, 1),
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    n: requests.length,
    statuses,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "abo-webhooks-bench-"));
  const secrets = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  const [appPort, pgPort] = await Promise.all([freePort(), freePort()]);
  console.log("starting PostgreSQL, the emulator (rate limits on), the worker and the production build …");
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const restoreTsconfig = () =>
    readFileSync("tsconfig.json", "utf8") !== tsconfig && writeFileSync("tsconfig.json", tsconfig);
  const stack = await startStack({
    dataDir,
    appPort,
    embeddedPgPort: pgPort,
    emulatorPort: 0,
    emulatorEnv: { EMULATOR_RATE_LIMITS: "on" },
    mode: "production",
    seed: false,
    // No worker of the stack's: the benchmark starts its own once the deliveries are taken, so
    // accepting is measured alone and applying from the first stored event.
    worker: false,
    env: {
      ...secrets,
      LOG_LEVEL: "warn",
      DEMO_MODE: "false",
      ALLOW_TIME_TRAVEL: "false",
      ABO_BENCH_PAGES: "1",
    },
    logDir: path.join(dataDir, "logs"),
    // The same build as the account benchmark's (its floor pages are in it; this one uses none).
    distDir: process.env.NEXT_DIST_DIR ?? ".next-bench",
    onProgress: (message) => console.log(`  ${message}`),
  }).finally(restoreTsconfig);
  const sql = new pg.Pool({ connectionString: stack.databaseUrl, max: 20 });
  let worker: Child | undefined;
  const startWorker = async () => {
    worker = startChild({
      name: "worker",
      // BENCH_WORKER_CPU_PROFILE=<dir>: the worker writes a V8 CPU profile there when it stops.
      command: commands.tsxServer(
        ...(process.env.BENCH_WORKER_CPU_PROFILE
          ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_WORKER_CPU_PROFILE}`]
          : []),
        "jobs/worker.ts",
      ),
      env: {
        ...process.env,
        ...secrets,
        DATABASE_URL: stack.databaseUrl,
        APP_URL: stack.appUrl,
        VIPPS_BASE_URL: stack.emulatorUrl,
        LOG_LEVEL: "warn",
        DEMO_MODE: "false",
        ALLOW_TIME_TRAVEL: "false",
        ABO_SERVICE: "worker",
      },
      logDir: path.join(dataDir, "logs"),
    });
    await waitForOutput(worker, /worker ready/, 120_000);
  };
  const stopWorker = async () => {
    await worker?.stop();
    worker = undefined;
  };
  const cleanup = async () => {
    await stopWorker();
    await sql.end().catch(() => undefined);
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  armTimeLimit("webhooks", cleanup);
  try {
    Object.assign(process.env, {
      DATABASE_URL: stack.databaseUrl,
      ...secrets,
      APP_URL: stack.appUrl,
      VIPPS_BASE_URL: stack.emulatorUrl,
      LOG_LEVEL: "silent",
    });
    const { db } = await import("@/lib/db");
    const { saveSalesUnit } = await import("@/lib/server/merchant/create-sales-unit");
    const { systemContext } = await import("@/lib/server/context/build-context");
    const { ensureWebhookRegistered } = await import("@/lib/server/webhooks/ensure-webhook");
    const { signWebhook, verifyWebhook } = await import("@/lib/vipps/webhook-signature");
    const { webhookIdentity, ZWebhookPayload } = await import("@/lib/vipps/webhook-payload");

    const url = `${stack.appUrl}/api/webhooks/vipps`;
    const merchant = await db.merchant.create({ data: { name: "Benchkaffe" } });
    const unit = await saveSalesUnit(await systemContext({ merchantId: merchant.id }), {
      name: "Bench NO",
      environment: "TEST",
      market: "NO",
      currency: "NOK",
      msn: MSN,
      baseUrl: stack.emulatorUrl,
      ...CREDENTIALS,
    });
    await ensureWebhookRegistered(await systemContext({ merchantId: merchant.id }), unit.id, { url });
    const registrations = await fetchJson<{ url: string; secret: string }[]>(
      `${stack.emulatorUrl}/_emulator/webhooks`,
    );
    const secret = registrations.find((r) => r.url === url)!.secret;
    const deliver = (body: string) => () => {
      const date = new Date().toUTCString();
      const signed = signWebhook(secret, { url, date, body });
      return fetch(url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "x-ms-date": date,
          "x-ms-content-sha256": signed.contentHash,
          Authorization: signed.authorization,
        },
        body,
      });
    };

    // Seed: agreements at the emulator (bulk) and the matching Abo rows, not due for billing.
    const seedAt = async (count: number, status: string) =>
      (
        await fetchJson<{ ids: string[] }>(`${stack.emulatorUrl}/_emulator/seed/agreements`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ msn: MSN, count, status, pricing: { type: "LEGACY", amount: 29_900 } }),
        })
      ).ids;
    // Each agreement its own customer with an address, as real ones have: a stop mails them.
    const insertAgreements = async (prefix: string, ids: string[]) => {
      await sql.query(
        `INSERT INTO "Customer" (id, "merchantId", email, name, locale, "updatedAt")
         SELECT 'cus-' || $2 || n, $1, 'kunde-' || $2 || n || '@bench.example.no', 'Kari Nordmann', 'nb', now()
         FROM generate_series(1, $3::int) AS n`,
        [merchant.id, prefix, ids.length],
      );
      await sql.query(
        `INSERT INTO "Agreement" (id, "merchantId", "salesUnitId", "customerId", "vippsAgreementId", status, market, currency, "pricingType", amount, "intervalUnit", "intervalCount",
           "productName", "transactionType", "retryDays", "externalId", "returnToken", "draftIdempotencyKey", "activatedAt", "billingAnchor", "nextPeriodIndex", "nextChargeDate", "updatedAt")
         SELECT $3 || n, $1, $2, 'cus-' || $3 || n, v, 'ACTIVE', 'NO', 'NOK', 'LEGACY', 29900, 'MONTH', 1, 'Benchavisen', 'DIRECT_CAPTURE', 3, $3 || n, 'rt-' || $3 || n, 'agr-' || $3 || n,
           now(), current_date, 1, current_date + 20, now()
         FROM unnest($4::text[]) WITH ORDINALITY AS t(v, n)`,
        [merchant.id, unit.id, prefix, ids],
      );
    };
    const stopIds = await seedAt(STOPS, "STOPPED");
    await insertAgreements("s", stopIds);
    const chargeAgreementIds = await seedAt(CHARGE_AGREEMENTS, "ACTIVE");
    await insertAgreements("c", chargeAgreementIds);
    const token = (
      await fetchJson<{ access_token: string }>(`${stack.emulatorUrl}/accesstoken/get`, {
        method: "POST",
        headers: {
          client_id: CREDENTIALS.clientId,
          client_secret: CREDENTIALS.clientSecret,
          "Ocp-Apim-Subscription-Key": CREDENTIALS.subscriptionKey,
          "Merchant-Serial-Number": MSN,
        },
      })
    ).access_token;
    const vippsHeaders = {
      Authorization: `Bearer ${token}`,
      "Ocp-Apim-Subscription-Key": CREDENTIALS.subscriptionKey,
      "Merchant-Serial-Number": MSN,
      "Content-Type": "application/json",
    };
    const due = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const charges = chargeAgreementIds.flatMap((vippsId, i) =>
      Array.from({ length: CHARGES_PER_AGREEMENT }, (_, k) => ({
        vippsId,
        agreementId: `c${i + 1}`,
        orderId: `bench-c${i + 1}-${k}`,
      })),
    );
    for (let i = 0; i < charges.length; i += 1000) {
      const slice = charges.slice(i, i + 1000);
      const response = await fetch(`${stack.emulatorUrl}/recurring/v3/agreements/charges`, {
        method: "POST",
        headers: { ...vippsHeaders, "Idempotency-Key": `bench-charges-${i}` },
        body: JSON.stringify(
          slice.map((c) => ({
            agreementId: c.vippsId,
            amount: 29_900,
            transactionType: "DIRECT_CAPTURE",
            description: "Benchavisen",
            due,
            retryDays: 3,
            orderId: c.orderId,
          })),
        ),
      });
      if (response.status !== 202)
        throw new Error(`bulk charges: ${response.status} ${await response.text()}`);
    }
    await sql.query(
      `INSERT INTO "Charge" (id, "agreementId", "orderId", "idempotencyKey", type, "transactionType", amount, currency, description, due, "retryDays", status, "sendState", "updatedAt")
       SELECT o, a, o, o, 'UNSCHEDULED', 'DIRECT_CAPTURE', 29900, 'NOK', 'Benchavisen', $3::date, 3, 'DUE', 'SENT', now()
       FROM unnest($1::text[], $2::text[]) AS t(o, a)`,
      [charges.map((c) => c.orderId), charges.map((c) => c.agreementId), due],
    );
    await sql.query("VACUUM (ANALYZE)");
    console.log(
      `seeded ${STOPS} stopped and ${CHARGE_AGREEMENTS} active agreements, ${charges.length} charges`,
    );

    // Warm up the route and the floor (first requests compile and connect).
    for (let i = 0; i < 50; i++) {
      await (await fetch(`${stack.appUrl}/api/health`)).arrayBuffer();
      await (
        await deliver(JSON.stringify({ msn: MSN, eventType: "bench.warm-up", occurred: String(i) }))()
      ).arrayBuffer();
    }

    // Where a delivery's time goes, step by step, alone in this process.
    const sample = JSON.stringify({
      msn: MSN,
      agreementId: stopIds[0],
      eventType: "recurring.agreement-stopped.v1",
      occurred: new Date().toISOString(),
      actor: "ADMIN",
    });
    const date = new Date().toUTCString();
    const signed = signWebhook(secret, { url, date, body: sample });
    const headers = { date, contentSha256: signed.contentHash, authorization: signed.authorization };
    const time = async (n: number, step: (i: number) => unknown) => {
      const t = performance.now();
      for (let i = 0; i < n; i++) await step(i);
      return round(((performance.now() - t) * 1000) / n, 1);
    };
    const steps = {
      verifyHmacUs: await time(5000, () => verifyWebhook(secret, url, headers, sample)),
      parseAndIdentityUs: await time(5000, () => webhookIdentity(ZWebhookPayload.parse(JSON.parse(sample)))),
      salesUnitReadUs: await time(500, () =>
        db.salesUnit.findMany({ where: { webhookSecretEnc: { not: null } } }),
      ),
      bareInsertUs: await time(500, (i) =>
        sql.query(
          `INSERT INTO "WebhookEvent" (id, identity, "eventType", payload, "processedAt") VALUES ($1, $1, 'bench.step', '{}', now())`,
          [createHash("sha1").update(`step${i}`).digest("hex")],
        ),
      ),
    };
    console.log("one delivery's steps, alone (µs):", steps);

    // Floor of accepting: the app's empty route, as many requests, as many in flight.
    const floorRequests = Array.from({ length: 3000 }, () => () => fetch(`${stack.appUrl}/api/health`));
    const floorWebCpu = descendantsCpuSeconds("scripts/web.ts");
    const floor = await load(floorRequests, IN_FLIGHT);
    const floorWebCpuMs = round(((descendantsCpuSeconds("scripts/web.ts") - floorWebCpu) * 1000) / 3000, 3);
    console.log(`floor, GET /api/health, ${IN_FLIGHT} in flight:`, floor);
    // The other floor: the database alone taking as many rows as the route stores (the same table,
    // indexes and upsert, a payload of the same size), as many at a time, from this process.
    const inserter = new pg.Pool({ connectionString: stack.databaseUrl, max: IN_FLIGHT });
    const insertTimes: number[] = [];
    let nextInsert = 0;
    const insertsStarted = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (nextInsert < 3000) {
          const i = nextInsert++;
          const t = performance.now();
          await inserter.query(
            `INSERT INTO "WebhookEvent" (id, identity, "eventType", msn, "agreementId", actor, occurred, payload, "processedAt")
             VALUES ($1, $1, 'bench.floor', $2, $3, 'ADMIN', now(), $4, now())
             ON CONFLICT (identity) DO UPDATE SET deliveries = "WebhookEvent".deliveries + 1`,
            [`floor-${i}`, MSN, `agr_floor_${i}`, sample],
          );
          insertTimes.push(performance.now() - t);
        }
      }),
    );
    await inserter.end();
    insertTimes.sort((a, b) => a - b);
    const insertFloor = {
      perSecond: round(3000 / ((performance.now() - insertsStarted) / 1000), 1),
      p50: round(percentile(insertTimes, 50)),
      p95: round(percentile(insertTimes, 95)),
    };
    console.log(`floor, the route's upsert alone, ${IN_FLIGHT} at a time:`, insertFloor);

    // 1. Charge events: a distinct capture transaction each.
    const chargeBodies = charges.map((c, i) =>
      JSON.stringify({
        msn: MSN,
        agreementId: c.vippsId,
        chargeId: c.orderId,
        chargeType: "UNSCHEDULED",
        eventType: "recurring.charge-captured.v1",
        occurred: new Date().toISOString(),
        amount: 29_900,
        currency: "NOK",
        amountCaptured: 29_900,
        amountCanceled: 0,
        amountRefunded: 0,
        transactionId: String(5_000_000_000 + i),
      }),
    );
    const chargeLoad = await load(chargeBodies.map(deliver), IN_FLIGHT);
    await startWorker();
    const chargesStarted = performance.now();
    await until(
      async () =>
        (await count(
          sql,
          `SELECT count(*) FROM "WebhookEvent" WHERE "eventType" = 'recurring.charge-captured.v1' AND "processedAt" IS NULL`,
        )) === 0,
    );
    const chargesAppliedS = seconds(chargesStarted);
    await stopWorker();
    const chargeErrors = await count(
      sql,
      `SELECT count(*) FROM "WebhookEvent" WHERE "eventType" = 'recurring.charge-captured.v1' AND "processError" IS NOT NULL`,
    );
    console.log(
      `charge events: accepted`,
      chargeLoad,
      `then applied in ${chargesAppliedS} s (${chargeErrors} with a note)`,
    );

    // 2. The burst of stops.
    const stopBodies = stopIds.map((agreementId) =>
      JSON.stringify({
        msn: MSN,
        agreementId,
        eventType: "recurring.agreement-stopped.v1",
        occurred: new Date().toISOString(),
        actor: "ADMIN",
      }),
    );
    const drainJobsBefore = await count(sql, `SELECT count(*) FROM pgboss.job WHERE name = 'webhooks.drain'`);
    const [webCpu, pgCpu] = [descendantsCpuSeconds("scripts/web.ts"), descendantsCpuSeconds("postgres")];
    const stopLoad = await load(stopBodies.map(deliver), IN_FLIGHT);
    // CPU per delivery: what the intake costs, whatever else the machine runs.
    const acceptCpuMs = {
      web: round(((descendantsCpuSeconds("scripts/web.ts") - webCpu) * 1000) / STOPS, 3),
      postgres: round(((descendantsCpuSeconds("postgres") - pgCpu) * 1000) / STOPS, 3),
      webFloor: floorWebCpuMs,
    };
    console.log("CPU ms per delivery (web, PostgreSQL) and per empty-route request (web):", acceptCpuMs);
    await startWorker();
    const workerCpu = cpuSeconds(worker?.process.pid);
    const sampler = sampleDatabase(sql);
    const burstStarted = performance.now();
    await until(
      async () =>
        (await count(sql, `SELECT count(*) FROM "Agreement" WHERE id LIKE 's%' AND status = 'STOPPED'`)) >=
        STOPS,
      (Number(process.env.BENCH_TIME_LIMIT_S ?? 3600) - 60) * 1000,
    );
    const burstS = seconds(burstStarted);
    const applyWorkerCpuMs = round(
      (((cpuSeconds(worker?.process.pid) ?? 0) - (workerCpu ?? 0)) * 1000) / STOPS,
      3,
    );
    const database = await sampler.stop();
    await stopWorker();
    const drainJobs =
      (await count(sql, `SELECT count(*) FROM pgboss.job WHERE name = 'webhooks.drain'`)) - drainJobsBefore;
    const stopErrors = await count(
      sql,
      `SELECT count(*) FROM "WebhookEvent" WHERE "eventType" = 'recurring.agreement-stopped.v1' AND "processError" IS NOT NULL`,
    );
    const why = await count(
      sql,
      `SELECT count(*) FROM "Agreement" WHERE id LIKE 's%' AND "stopCause" = 'VIPPS_ADMIN' AND "stopActor" = 'ADMIN'`,
    );
    // Every stop mails its customer (in the transaction of the stop, so the count is final here).
    const mailed = await count(
      sql,
      `SELECT count(*) FROM "Email" WHERE kind = 'stopped' AND "agreementId" LIKE 's%'`,
    );
    console.log(
      `burst: ${STOPS} stops accepted`,
      stopLoad,
      `then all STOPPED in ${burstS} s (worker CPU ${applyWorkerCpuMs} ms per stop); ${drainJobs} drain jobs; ${why} with why; ${mailed} mailed; ${stopErrors} with a note`,
    );

    // Floor of applying: the same Vipps reads and one UPDATE each, no Abo logic.
    let next = 0;
    const bareStarted = performance.now();
    await Promise.all(
      Array.from({ length: BARE_LANES }, async () => {
        while (next < stopIds.length) {
          const i = next++;
          const response = await fetch(`${stack.emulatorUrl}/recurring/v3/agreements/${stopIds[i]}`, {
            headers: vippsHeaders,
          });
          if (response.status !== 200)
            throw new Error(`bare read: ${response.status} ${await response.text()}`);
          const remote = (await response.json()) as { status: string };
          await sql.query(`UPDATE "Agreement" SET status = $2, "updatedAt" = now() WHERE id = $1`, [
            `s${i + 1}`,
            remote.status,
          ]);
        }
      }),
    );
    const bareS = seconds(bareStarted);
    console.log(`bare loop: ${STOPS} reads and updates in ${bareS} s`);

    const passed = writeResult(
      "webhooks",
      [
        {
          name: `deliveries accepted (verified, stored, queued), ${IN_FLIGHT} in flight (p50 ${stopLoad.p50} ms, p95 ${stopLoad.p95} ms)`,
          figure: stopLoad.perSecond,
          floor: floor.perSecond,
          unit: "/s",
          floorName: "empty route GET /api/health, same connections",
          goal: null,
          figureGoal: "≥ 1000",
        },
        {
          name: `stops applied, burst of ${STOPS}`,
          figure: round(STOPS / burstS, 1),
          floor: round(STOPS / bareS, 1),
          unit: "/s",
          floorName: `bare loop: the same Vipps reads and one UPDATE each, ${BARE_LANES} at a time`,
          goal: null,
          figureGoal: "≥ 500",
        },
        {
          name: `burst of ${STOPS} agreement-stopped (stored), worker start to all STOPPED`,
          figure: burstS,
          floor: bareS,
          unit: "s",
          floorName: "bare loop of the same reads and updates",
          goal: null,
          figureGoal: STOPS === 10_000 ? "≤ 60" : undefined,
        },
      ],
      {
        setup: {
          stops: STOPS,
          chargeEvents: charges.length,
          inFlight: IN_FLIGHT,
          emulator: "rate limits on",
          app: "production build behind scripts/web.ts; one worker, started after the deliveries were taken",
        },
        steps,
        floor,
        insertFloor,
        charges: {
          load: chargeLoad,
          appliedSeconds: chargesAppliedS,
          appliedPerSecond: round(charges.length / chargesAppliedS, 1),
          withNote: chargeErrors,
        },
        stops: {
          load: stopLoad,
          applySeconds: burstS,
          drainJobs,
          acceptCpuMs,
          applyWorkerCpuMs,
          withWhy: why,
          mailed,
          withNote: stopErrors,
        },
        bare: { seconds: bareS },
        databaseDuringBurst: database,
      },
    );
    await db.$disconnect();
    process.exitCode = passed ? 0 : 1;
  } finally {
    await cleanup();
  }
}

async function count(sql: pg.Pool, query: string): Promise<number> {
  const { rows } = await sql.query<{ count: string }>(query);
  return Number(rows[0]!.count);
}

async function until(done: () => Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error("not done in time");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

await main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
process.exit(process.exitCode ?? 0);
