import { randomBytes } from "node:crypto";
import { provisionDatabase, type TestDatabase } from "../harness/database";
import { startEmulator, type RunningEmulator } from "../harness/emulator";

let database: TestDatabase | undefined;
let emulator: RunningEmulator | undefined;

// Emulator-only test files (emulator/**) start their own emulator in-process and need no database.
export default async function setup() {
  const mode = process.env.TEST_DATABASE === "external" ? "external" : "embedded";
  [database, emulator] = await Promise.all([
    provisionDatabase({ mode, serverUrl: process.env.TEST_EXTERNAL_DATABASE_URL }),
    startEmulator(),
  ]);
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    TEST_DATABASE_MODE: database.mode,
    VIPPS_BASE_URL: database && emulator.url,
    EMULATOR_URL: emulator.url,
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_URL: "http://localhost:3999",
    VIPPS_TIMEOUT_MS: "3000",
    VIPPS_MAX_INLINE_RETRY_AFTER_MS: "2000",
    ALLOW_TIME_TRAVEL: "true",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "silent",
  });
  return async () => {
    await emulator?.stop();
    await database?.stop();
  };
}
