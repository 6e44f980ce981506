// The production roles as real processes, started with the exact commands of `npm run start:web` and
// `npm run start:worker` (read from package.json, so the test runs what an operator runs).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp, buildIsStale } from "../../scripts/lib/build";
import { startChild, waitForOutput, type Child } from "../../scripts/lib/processes";
import { db } from "@/lib/db";
import { signWebhook } from "@/lib/vipps/webhook-signature";

const logDir = mkdtempSync(path.join(tmpdir(), "abo-test-roles-"));

function scriptCommand(name: "start:web" | "start:worker"): string[] {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
    .scripts;
  const [bin, ...args] = scripts[name]!.split(/\s+/);
  if (bin !== "node") throw new Error(`${name} no longer starts with node: update tests/harness/roles.ts`);
  return [process.execPath, ...args];
}

/**
 * The web role needs a production build. `npm test` builds before the integration tier; run alone,
 * this builds once when .next is missing or older than the sources (about a minute) and reuses it after.
 */
export function ensureProductionBuild(): void {
  if (!buildIsStale(process.env.NEXT_DIST_DIR ?? ".next")) return;
  console.log("[roles] building the app for the web role (no build, or sources changed)");
  // vitest sets NODE_ENV=test; a production build wants production.
  buildApp({ ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }, { quiet: true });
}

export async function startWeb(name: string, port: number, env: Record<string, string> = {}) {
  const child = startChild({
    name,
    command: scriptCommand("start:web"),
    env: {
      ...process.env,
      ABO_SERVICE: name,
      LOG_LEVEL: "info",
      HOST: "127.0.0.1",
      PORT: String(port),
      // The web role always runs as production, where time travel (which these tests use, to share
      // the worker's clock) is allowed only in demo mode — against the local emulator it is.
      DEMO_MODE: "true",
      ...env,
    },
    logDir,
  });
  await waitForOutput(child, /"msg":"web ready"/, 120_000);
  return { child, url: `http://127.0.0.1:${port}` };
}

export async function startRoleWorker(name: string, env: Record<string, string> = {}): Promise<Child> {
  const child = startChild({
    name,
    command: scriptCommand("start:worker"),
    env: { ...process.env, ABO_SERVICE: name, LOG_LEVEL: "info", WORKER_CONCURRENCY: "4", ...env },
    logDir,
  });
  await waitForOutput(child, /worker ready/, 60_000);
  return child;
}

/** Resolves with the exit code (null when killed by a signal). */
export function exitOf(child: Child): Promise<number | null> {
  if (child.process.exitCode !== null || child.process.signalCode !== null)
    return Promise.resolve(child.process.exitCode);
  return new Promise((resolve) => child.process.once("exit", (code) => resolve(code)));
}

export function logOf(child: Child): string {
  return readFileSync(child.logFile!, "utf8");
}

export async function waitForLog(child: Child, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(logOf(child))) {
    if (Date.now() > deadline) throw new Error(`${child.name}: no ${pattern} in its log`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function waitForReady(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/api/ready`).catch((error: unknown) => String(error));
    if (typeof response !== "string" && response.status === 200) return;
    last = typeof response === "string" ? response : `${response.status} ${await response.text()}`;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${baseUrl}/api/ready never said ready: ${last}`);
}

/**
 * Signs webhook bodies the way Vipps would for a sales unit's registration, once a worker's
 * webhooks.ensure has registered it (the secret read back from the emulator's control API).
 */
export async function webhookSigner(salesUnitId: string, emulatorUrl: string) {
  const deadline = Date.now() + 30_000;
  let unit = await db.salesUnit.findUniqueOrThrow({ where: { id: salesUnitId } });
  while (!unit.webhookId) {
    if (Date.now() > deadline) throw new Error("no worker registered the webhook (webhooks.ensure)");
    await new Promise((resolve) => setTimeout(resolve, 100));
    unit = await db.salesUnit.findUniqueOrThrow({ where: { id: salesUnitId } });
  }
  const registrations = (await (await fetch(`${emulatorUrl}/_emulator/webhooks`)).json()) as {
    id: string;
    url: string;
    secret: string;
  }[];
  const registration = registrations.find((r) => r.id === unit.webhookId)!;
  return (body: string) => {
    const date = new Date().toUTCString();
    const signed = signWebhook(registration.secret, { url: registration.url, date, body });
    return {
      "Content-Type": "application/json",
      "x-ms-date": date,
      "x-ms-content-sha256": signed.contentHash,
      Authorization: signed.authorization,
    };
  };
}
