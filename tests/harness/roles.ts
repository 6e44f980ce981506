// The production roles as real processes, started with the exact commands of `npm run start:web` and
// `npm run start:worker` (read from package.json, so the test runs what an operator runs).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp, buildIsStale } from "../../scripts/lib/build";
import { startChild, waitForOutput, type Child } from "../../scripts/lib/processes";
import { db } from "@/lib/db";
import { signWebhook } from "@/lib/vipps/webhook-signature";
import { EmulatorControl } from "../shared/emulator-control";
import { waitFor } from "../shared/wait-for";

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
  await waitFor(() => pattern.test(logOf(child)), {
    timeoutMs,
    intervalMs: 50,
    what: `${child.name}: no ${pattern} in its log`,
  });
}

export async function waitForReady(baseUrl: string, timeoutMs = 60_000): Promise<void> {
  let last = "";
  await waitFor(
    async () => {
      const response = await fetch(`${baseUrl}/api/ready`).catch((error: unknown) => String(error));
      if (typeof response !== "string" && response.status === 200) return true;
      last = typeof response === "string" ? response : `${response.status} ${await response.text()}`;
      return false;
    },
    { timeoutMs, intervalMs: 250, what: () => `${baseUrl}/api/ready never said ready: ${last}` },
  );
}

/**
 * Signs webhook bodies the way Vipps would for a sales unit's registration, once a worker's
 * webhooks.ensure has registered it (the secret read back from the emulator's control API).
 */
export async function webhookSigner(salesUnitId: string, emulatorUrl: string) {
  const webhookId = await waitFor(
    async () => (await db.salesUnit.findUniqueOrThrow({ where: { id: salesUnitId } })).webhookId,
    { timeoutMs: 30_000, what: "no worker registered the webhook (webhooks.ensure)" },
  );
  const registrations = await new EmulatorControl(emulatorUrl).webhooks();
  const registration = registrations.find((r) => r.id === webhookId)!;
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
