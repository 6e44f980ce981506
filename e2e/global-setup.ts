import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { startStack } from "../scripts/lib/stack";
import { freePort } from "../tests/harness/free-port";

// Boots the whole system the way `npm start` does, on free ports and a throwaway data folder.
// Everything it exports through process.env reaches the tests (Playwright passes it on).
export default async function globalSetup() {
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromium)) throw new Error(`Chromium not found at ${chromium}: install Debian's chromium (bash .ci/run does) or set CHROMIUM_PATH.`);

  const dataDir = mkdtempSync(path.join(tmpdir(), "abo-e2e-"));
  const [appPort, pgPort] = await Promise.all([freePort(), freePort()]);
  const secrets = { AUTH_SECRET: randomBytes(32).toString("base64url"), ENCRYPTION_KEY: randomBytes(32).toString("base64") };
  const stack = await startStack({
    dataDir,
    appPort,
    embeddedPgPort: pgPort,
    emulatorPort: 0,
    emulatorEnv: { EMULATOR_CLOCK: "realtime", EMULATOR_WEBHOOK_RETRY_SCALE: "0.01", EMULATOR_RATE_LIMITS: "off" },
    mode: "production",
    seed: true,
    worker: true,
    env: { ...secrets, DEMO_MODE: "true", ALLOW_TIME_TRAVEL: "true", LOG_LEVEL: "info", APP_URL: `http://localhost:${appPort}`, VIPPS_TIMEOUT_MS: "5000" },
    logDir: path.join(dataDir, "logs"),
    onProgress: (message) => console.log(`[e2e] ${message}`),
  });
  Object.assign(process.env, {
    E2E_BASE_URL: stack.appUrl,
    E2E_DATABASE_URL: stack.databaseUrl,
    E2E_EMULATOR_URL: stack.emulatorUrl,
    E2E_LOG_DIR: path.join(dataDir, "logs"),
    // For the secrets scan (e2e/secrets.spec.ts): values that must never reach a browser.
    E2E_SECRETS: JSON.stringify([secrets.AUTH_SECRET, secrets.ENCRYPTION_KEY]),
  });
  console.log(`[e2e] app ${stack.appUrl}, emulator ${stack.emulatorUrl}, logs ${path.join(dataDir, "logs")}`);
  return async () => {
    await stack.stop();
    if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  };
}
