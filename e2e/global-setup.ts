import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp, buildIsStale } from "../scripts/lib/build";
import { startStack } from "../scripts/lib/stack";
import { freePort } from "../tests/harness/free-port";
import { E2E_WORKERS, pointAtStack, type TE2EStack } from "./stacks";

// Boots the whole system the way `npm start` does, on free ports and a throwaway data folder.
// Everything it exports through process.env reaches the tests (Playwright passes it on).
export default async function globalSetup() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium))
    throw new Error(
      `Chromium not found at ${chromium}: install Debian's chromium (bash .ci/run does) or set CHROMIUM_PATH.`,
    );

  // Stacks share the build; make it once here rather than in each (npm test builds beforehand).
  if (buildIsStale(process.env.NEXT_DIST_DIR ?? ".next"))
    buildApp({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, { quiet: false });

  // One whole system per Playwright worker: tests move clocks, empty the database and count Vipps
  // calls, so two workers must never share a stack. Files are the unit of work (no fullyParallel).
  const secrets = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  const settled = await Promise.allSettled(
    Array.from({ length: E2E_WORKERS }, (_, index) => startOne(index, secrets)),
  );
  const started = settled.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const failure = settled.find((result) => result.status === "rejected");
  if (failure) {
    await Promise.all(started.map(({ stop }) => stop()));
    throw failure.reason;
  }
  const stacks: TE2EStack[] = started.map(({ info }) => info);
  Object.assign(process.env, {
    E2E_STACKS: JSON.stringify(stacks),
    // For the secrets scan (e2e/secrets.spec.ts): values that must never reach a browser.
    E2E_SECRETS: JSON.stringify([secrets.AUTH_SECRET, secrets.ENCRYPTION_KEY]),
  });
  pointAtStack(0);
  for (const stack of stacks)
    console.log(
      `[e2e] app ${stack.E2E_BASE_URL}, emulator ${stack.E2E_EMULATOR_URL}, logs ${stack.E2E_LOG_DIR}`,
    );
  return async () => {
    await Promise.all(started.map(({ stop }) => stop()));
  };
}

async function startOne(index: number, secrets: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `abo-e2e-${index}-`));
  const [appPort, pgPort] = await Promise.all([freePort(), freePort()]);
  const stack = await startStack({
    dataDir,
    appPort,
    embeddedPgPort: pgPort,
    throwawayDatabase: true,
    emulatorPort: 0,
    emulatorEnv: {
      EMULATOR_FSYNC: "off",
      EMULATOR_CLOCK: "realtime",
      EMULATOR_WEBHOOK_RETRY_SCALE: "0.01",
      EMULATOR_RATE_LIMITS: "off",
    },
    mode: "production",
    seed: true,
    worker: true,
    env: {
      ...secrets,
      DEMO_MODE: "true",
      ALLOW_TIME_TRAVEL: "true",
      LOG_LEVEL: "info",
      APP_URL: `http://localhost:${appPort}`,
      VIPPS_TIMEOUT_MS: "5000",
    },
    logDir: path.join(dataDir, "logs"),
    onProgress: (message) => console.log(`[e2e ${index}] ${message}`),
  });
  const info: TE2EStack = {
    E2E_BASE_URL: stack.appUrl,
    E2E_DATABASE_URL: stack.databaseUrl,
    E2E_EMULATOR_URL: stack.emulatorUrl,
    E2E_LOG_DIR: path.join(dataDir, "logs"),
  };
  const stop = async () => {
    await stack.stop();
    if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  };
  return { info, stop };
}
