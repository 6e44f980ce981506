// npm start: the whole of Abo — PostgreSQL (embedded unless DATABASE_URL), the Vipps MobilePay emulator
// (when VIPPS_BASE_URL is local), demo data in demo mode, the worker and the app — with one URL
// printed. Ctrl-C stops everything. Demo mode or not is decided by lib/env.ts (isDemoByDefault).
// npm run dev: the same with Next.js hot reload and all output in this terminal.
import { existsSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv, productionProblems } from "../lib/env";
import { DEMO_LOGINS } from "../lib/demo-logins";
import { localSecrets } from "./lib/local-secrets";
import { startStack, type TStack } from "./lib/stack";

if (existsSync(".env")) process.loadEnvFile(".env");
const dev = process.argv.includes("--dev");
const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
// Empty values (as in a copied .env.example) mean "use the default", not "use nothing".
const given = Object.fromEntries(
  Object.entries(process.env).filter(([, value]) => value !== undefined && value !== ""),
);
let config;
try {
  config = parseEnv(given);
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const problems = productionProblems(given);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
// Every process gets the decision spelled out: the app and worker see DATABASE_URL set by the stack,
// which on its own would read as "configured". Local secrets fill in only what is not given.
const env = {
  ...localSecrets(dataDir),
  ...given,
  DEMO_MODE: String(config.DEMO_MODE),
  HOST: config.HOST,
} as Record<string, string>;

const appPort = config.PORT ?? Number(new URL(config.APP_URL).port || 80);
const vipps = new URL(config.VIPPS_BASE_URL);
// The emulator runs when VIPPS_BASE_URL points at this machine; otherwise Abo talks to that Vipps.
const runEmulator = ["localhost", "127.0.0.1"].includes(vipps.hostname);

console.log(`Starting Abo${dev ? " (dev)" : ""}…`);
let stack: TStack | undefined;
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping Abo…");
  await stack?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  stack = await startStack({
    dataDir,
    appPort,
    host: config.HOST,
    databaseUrl: config.DATABASE_URL,
    embeddedPgPort: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    emulatorPort: runEmulator ? Number(vipps.port || 4010) : null,
    emulatorEnv: { EMULATOR_CLOCK: "realtime" },
    mode: dev ? "dev" : "production",
    seed: config.DEMO_MODE,
    worker: true,
    env,
    logDir: dev ? undefined : path.join(dataDir, "logs"),
    onProgress: (message) => console.log(`  ${message}`),
    onCrash: (name, log) => {
      console.error(`\n${name} stopped unexpectedly:\n${log}`);
      void stop(1);
    },
  });
} catch (error) {
  console.error(`\nAbo could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const demo = config.DEMO_MODE
  ? `  Demo mode (DEMO_MODE): demo data, demo logins and the dev mailbox. Never for a server others can reach.
  Demo logins (staff at ${stack.appUrl}/staff/sign-in, customers at ${stack.appUrl}/sign-in):
${DEMO_LOGINS.map((l) => `    ${l.role.padEnd(9)} ${l.email}${l.password ? ` / ${l.password}` : " (sign-in link in the dev mailbox)"}`).join("\n")}
${config.SMTP_URL ? "" : `  Mail without SMTP: ${stack.appUrl}/dev/mailbox\n`}`
  : `  First start? Create the first admin at ${config.APP_URL.replace(/\/$/, "")}/setup\n`;
console.log(`
Abo is running at ${stack.appUrl} (listening on ${config.HOST})
${config.DATABASE_URL ? "" : `  Database: embedded PostgreSQL, data in ${path.relative(process.cwd(), dataDir)}/postgres\n`}  Vipps MobilePay: ${runEmulator ? `emulator at ${stack.emulatorUrl} (its state: ${stack.emulatorUrl}/_emulator)` : config.VIPPS_BASE_URL}
${demo}${dev ? "" : `  Logs: ${path.relative(process.cwd(), path.join(dataDir, "logs"))}/\n`}Press Ctrl-C to stop.`);
