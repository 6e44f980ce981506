// The whole system in one call: database (embedded PostgreSQL, or a server by URL), migrations and
// job queues, the Vipps emulator, demo data, the worker and the app. Used by `npm start`,
// `npm run dev`, the end-to-end tests and the benchmarks, so all of them run the same thing.
import path from "node:path";
import { installJobQueues } from "../../jobs/setup";
import { migrate } from "../../lib/db/migrate";
import { buildApp, buildIsStale } from "./build";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { commands, readLog, startChild, tail, waitForHttp, waitForOutput, type Child } from "./processes";

/** Where the app listens unless told otherwise (HOST): this machine only. */
const LOOPBACK = "127.0.0.1";

export type TStackOptions = {
  dataDir: string;
  appPort: number;
  /** Address the app listens on (default 127.0.0.1: this machine only). The emulator has its own,
   * EMULATOR_HOST, also 127.0.0.1 by default: its control API has no login. */
  host?: string;
  /** Use this server instead of the embedded PostgreSQL. */
  databaseUrl?: string;
  embeddedPgPort: number;
  /** The embedded PostgreSQL holds test data only: no fsync. */
  throwawayDatabase?: boolean;
  /** Start the emulator on this port (0 = any), or null to use VIPPS_BASE_URL as given. */
  emulatorPort: number | null;
  emulatorEnv?: Record<string, string>;
  mode: "production" | "dev";
  seed: boolean;
  worker: boolean;
  /** Environment for every process (secrets, overrides). */
  env: Record<string, string | undefined>;
  /** Write each process's output to <logDir>/<name>.log; without it, output goes to the terminal. */
  logDir?: string;
  distDir?: string;
  onProgress?: (message: string) => void;
  /** Called when a process dies on its own. */
  onCrash?: (name: string, log: string) => void;
};

export type TStack = { appUrl: string; emulatorUrl: string; databaseUrl: string; stop: () => Promise<void> };

export async function startStack(options: TStackOptions): Promise<TStack> {
  const say = options.onProgress ?? (() => undefined);
  const children: Child[] = [];
  let embedded: EmbeddedDatabase | undefined;
  const stop = async () => {
    for (const child of [...children].reverse()) await child.stop();
    await embedded?.stop();
  };
  // embedded-postgres exits the process on SIGINT/SIGTERM (async-exit-hook) once PostgreSQL is down,
  // which can cut our own shutdown short: whatever ends this process, every child is told to stop.
  const signalChildren = () =>
    children.forEach((child) => child.process.exitCode === null && child.process.kill("SIGTERM"));
  process.once("exit", signalChildren);
  const crashed = (code: number | null, child: Child) =>
    options.onCrash?.(child.name, `${child.name} exited with code ${code}\n${tail(readLog(child))}`);

  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      say("Starting the embedded PostgreSQL");
      embedded = await startEmbeddedPostgres({
        dataDir: options.dataDir,
        port: options.embeddedPgPort,
        database: "abo",
        throwaway: options.throwawayDatabase,
      });
      databaseUrl = embedded.url;
    }
    say("Applying migrations");
    await migrate({ databaseUrl });
    await installJobQueues(databaseUrl);

    const host = options.host ?? LOOPBACK;
    const appUrl = `http://localhost:${options.appPort}`;
    const base: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      DATABASE_URL: databaseUrl,
      APP_URL: options.env.APP_URL ?? appUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
    };

    let emulatorUrl = base.VIPPS_BASE_URL ?? "";
    if (options.emulatorPort !== null) {
      say("Starting the Vipps MobilePay emulator");
      const emulator = startChild({
        name: "emulator",
        command: commands.tsx("emulator/main.ts"),
        env: {
          ...base,
          ABO_SERVICE: "emulator",
          EMULATOR_PORT: String(options.emulatorPort),
          EMULATOR_DATA_DIR: path.join(options.dataDir, "emulator"),
          ...options.emulatorEnv,
        },
        logDir: options.logDir,
        onExit: crashed,
      });
      children.push(emulator);
      emulatorUrl = (await waitForOutput(emulator, /emulator listening on (http:\/\/\S+)/))[1]!;
      base.VIPPS_BASE_URL = emulatorUrl;
    }

    if (options.seed) {
      say("Loading demo data");
      const seed = startChild({
        name: "seed",
        command: commands.tsxServer("prisma/seed.ts"),
        env: { ...base, ABO_SERVICE: "seed" },
        logDir: options.logDir,
      });
      await waitForOutput(seed, /(Seeded demo data|Demo data already present)/);
    }

    if (
      options.mode === "production" &&
      buildIsStale(options.distDir ?? process.env.NEXT_DIST_DIR ?? ".next")
    ) {
      say("Building the app (first start or changed sources; about a minute)");
      buildApp(base, { quiet: Boolean(options.logDir) });
    }

    if (options.worker) {
      const worker = startChild({
        name: "worker",
        command: commands.tsxServer("jobs/worker.ts"),
        env: { ...base, ABO_SERVICE: "worker" },
        logDir: options.logDir,
        onExit: crashed,
      });
      children.push(worker);
      await waitForOutput(worker, /worker ready/);
    }

    say("Starting the app");
    const app = startChild({
      name: "app",
      command: appCommand(options.mode, options.appPort, host),
      env: { ...base, ABO_SERVICE: "app", PORT: String(options.appPort), HOST: host },
      logDir: options.logDir,
      onExit: crashed,
    });
    children.push(app);
    await waitForHttp(
      `${reachable(host, options.appPort)}/sign-in`,
      options.mode === "dev" ? 240_000 : 120_000,
    );
    return { appUrl, emulatorUrl, databaseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The app: in production the web role (scripts/web.ts, the same server `npm run start:web` runs:
 * graceful drain, and the client's address taken from the socket), or `next dev`. Both listen on
 * this port and address only (without -H, Next listens on every interface).
 */
export function appCommand(mode: "production" | "dev", port: number, host = LOOPBACK) {
  return mode === "production"
    ? commands.tsx("scripts/web.ts")
    : commands.next("dev", "-p", String(port), "-H", host);
}

/** A URL that reaches a server listening on `host` from this machine. */
function reachable(host: string, port: number): string {
  if (host === "0.0.0.0" || host === "::") return `http://localhost:${port}`;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}
