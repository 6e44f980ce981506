// `npm run soak`: the long soak on the whole stack as `npm start` runs it — embedded PostgreSQL,
// the emulator, the app (the web role, scripts/web.ts; built first if stale) and a worker — all as processes over
// HTTP, so Vipps's webhooks reach the app's route. The worker is started here rather than by
// startStack, so the soak can SIGKILL it. SOAK_DAYS (180), SOAK_CUSTOMERS (300), SOAK_SEED.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../harness/free-port";
import { EmulatorControl } from "../shared/emulator-control";
import { commands, startChild, waitForOutput } from "../../scripts/lib/processes";
import { startStack } from "../../scripts/lib/stack";
import { soakSeed } from "./rng";

const dataDir = mkdtempSync(path.join(tmpdir(), "abo-soak-"));
const logDir = path.join(dataDir, "logs");
const env: Record<string, string> = {
  ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  // Time travel runs only in demo mode (lib/env.ts); this stack talks to its own local emulator.
  DEMO_MODE: "true",
  ALLOW_TIME_TRAVEL: "true",
  SCHEDULER_TICK_MS: "100",
  LOG_LEVEL: "warn",
  VIPPS_TIMEOUT_MS: "3000",
};
const stack = await startStack({
  dataDir,
  appPort: await freePort(),
  embeddedPgPort: await freePort(),
  throwawayDatabase: true,
  emulatorPort: 0,
  emulatorEnv: { EMULATOR_CLOCK: "manual", EMULATOR_WEBHOOK_RETRY_SCALE: "0.01", EMULATOR_FSYNC: "off" },
  mode: "production",
  seed: false,
  worker: false,
  env,
  logDir,
  onProgress: (message) => console.log(message),
});
// The soak's own calls (lib/server/**) run in this process, on the same database and emulator.
Object.assign(process.env, env, {
  DATABASE_URL: stack.databaseUrl,
  VIPPS_BASE_URL: stack.emulatorUrl,
  EMULATOR_URL: stack.emulatorUrl,
  APP_URL: stack.appUrl,
});
const { runSoak } = await import("./run-soak");
const { stopProducer } = await import("@/lib/queue/client");
let failed = false;
try {
  const report = await runSoak({
    seed: soakSeed(),
    days: Number(process.env.SOAK_DAYS ?? 180),
    customers: Number(process.env.SOAK_CUSTOMERS ?? 300),
    emulator: new EmulatorControl(stack.emulatorUrl),
    settleTimeoutMs: 180_000,
    startWorker: async () => {
      const worker = startChild({
        name: "worker",
        command: commands.tsxServer("jobs/worker.ts"),
        env: { ...process.env, ABO_SERVICE: "worker" },
        logDir,
      });
      await waitForOutput(worker, /worker ready/, 60_000);
      return worker;
    },
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(report, null, 2));
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
  console.error(`logs kept in ${logDir}`);
} finally {
  await stopProducer();
  await stack.stop();
  if (!failed) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
