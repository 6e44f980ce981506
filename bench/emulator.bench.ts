// Emulator benchmark (issue 2): 100,000 agreements stored, persistence on (journal + fdatasync),
// 64 connections, GET agreement and POST charge for ~10 s each. Run: `tsx bench/emulator.bench.ts`.
// Writes bench/results/emulator.json. Targets: ≥ 3,000 GET/s and ≥ 1,000 charge creations/s.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

type Histogram = {
  average: number;
  mean: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  total: number;
};
type AutocannonResult = {
  requests: Histogram;
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
};
type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type AutocannonOptions = {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests: { method: string; setupRequest: (req: AutocannonRequest) => AutocannonRequest }[];
};
// autocannon ships no types; this is the part of its API the benchmark uses.
const autocannon = createRequire(import.meta.url)("autocannon") as (
  options: AutocannonOptions,
) => Promise<AutocannonResult>;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const AGREEMENTS = Number(process.env.BENCH_AGREEMENTS ?? 100_000);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 64;
const MERCHANT = {
  clientId: "abo-test-client",
  clientSecret: "abo-test-secret",
  subscriptionKey: "abo-test-subscription-key",
};

async function startEmulator(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "emulator/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      EMULATOR_PORT: "0",
      EMULATOR_DATA_DIR: dataDir,
      EMULATOR_RATE_LIMITS: "off",
      EMULATOR_CLOCK: "manual",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((res, rej) => {
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /emulator listening on (\S+)/.exec(out);
      if (m) res(m[1]!);
    });
    child.once("exit", (code) => rej(new Error(`emulator exited with ${code}`)));
  });
  const exited = new Promise<void>((res) => child.once("exit", () => res()));
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function json<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function summarize(name: string, r: AutocannonResult) {
  return {
    name,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: {
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
      average: r.latency.average,
    },
    total: r.requests.total,
    ok2xx: r["2xx"],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    durationSeconds: r.duration,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "emulator-bench-"));
  const emulator = await startEmulator(dataDir);
  try {
    const token = await json<{ access_token: string }>(`${emulator.url}/accesstoken/get`, {
      method: "POST",
      headers: {
        client_id: MERCHANT.clientId,
        client_secret: MERCHANT.clientSecret,
        "Ocp-Apim-Subscription-Key": MERCHANT.subscriptionKey,
      },
    });
    const seedStarted = performance.now();
    const { ids } = await json<{ ids: string[] }>(`${emulator.url}/_emulator/seed/agreements`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        msn: "123456",
        count: AGREEMENTS,
        status: "ACTIVE",
        pricing: { type: "LEGACY", amount: 29_900 },
      }),
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    console.log(`seeded ${ids.length} agreements in ${seedSeconds.toFixed(1)} s`);
    const pick = () => ids[Math.floor(Math.random() * ids.length)]!;
    const headers = {
      Authorization: `Bearer ${token.access_token}`,
      "Ocp-Apim-Subscription-Key": MERCHANT.subscriptionKey,
      "Merchant-Serial-Number": "123456",
    };
    const due = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);

    const get = await autocannon({
      url: emulator.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers,
      requests: [
        { method: "GET", setupRequest: (req) => ({ ...req, path: `/recurring/v3/agreements/${pick()}` }) },
      ],
    });

    let n = 0;
    const run = Date.now().toString(36);
    const post = await autocannon({
      url: emulator.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { ...headers, "Content-Type": "application/json" },
      requests: [
        {
          method: "POST",
          setupRequest: (req) => {
            const orderId = `bench-${run}-${++n}`;
            return {
              ...req,
              path: `/recurring/v3/agreements/${pick()}/charges`,
              headers: { ...req.headers, "Idempotency-Key": orderId },
              body: JSON.stringify({
                amount: 29_900,
                transactionType: "DIRECT_CAPTURE",
                description: "Bench",
                due,
                retryDays: 2,
                orderId,
              }),
            };
          },
        },
      ],
    });

    const stats = await json<Record<string, unknown>>(`${emulator.url}/_emulator/stats`, {});
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version },
      setup: {
        agreements: ids.length,
        connections: CONNECTIONS,
        durationSeconds: DURATION_S,
        persistence: "journal + fdatasync group commit",
        seedSeconds: Math.round(seedSeconds * 10) / 10,
      },
      getAgreement: summarize("GET /recurring/v3/agreements/{id}", get),
      createCharge: summarize("POST /recurring/v3/agreements/{id}/charges", post),
      emulatorStats: stats,
    };
    console.table(
      [results.getAgreement, results.createCharge].map((r) => ({
        operation: r.name,
        "req/s": r.requestsPerSecond,
        "p50 ms": r.latencyMs.p50,
        "p99 ms": r.latencyMs.p99,
        "2xx": r.ok2xx,
        "non-2xx": r.non2xx,
        errors: r.errors + r.timeouts,
      })),
    );
    const target =
      results.getAgreement.requestsPerSecond >= 3000 && results.createCharge.requestsPerSecond >= 1000;
    console.log(
      target
        ? "targets met (≥ 3,000 GET/s, ≥ 1,000 charges/s)"
        : "targets NOT met (≥ 3,000 GET/s, ≥ 1,000 charges/s)",
    );
    mkdirSync(join(ROOT, "bench/results"), { recursive: true });
    writeFileSync(join(ROOT, "bench/results/emulator.json"), `${JSON.stringify(results, null, 2)}\n`);
    console.log("wrote bench/results/emulator.json");
  } finally {
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
