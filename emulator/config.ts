import type { ClockMode } from "./engine/clock";

export type EmulatorOptions = {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  host?: string;
  dataDir?: string;
  /** Base of URLs handed out (confirmation page, userinfo). Default http://localhost:<port>. */
  publicUrl?: string;
  rateLimits?: boolean;
  clock?: ClockMode;
  /** Factor on webhook retry delays; tests use e.g. 0.01. */
  webhookRetryScale?: number;
  webhookTimeoutMs?: number;
  /**
   * Wall-clock delay before landing-page decisions, bulk charges and UNSCHEDULED charges are
   * applied. Default 1000 ms, 0 with a manual clock.
   */
  asyncDelayMs?: number;
  /** Keep state on disk (journal + snapshot). */
  persistence?: boolean;
  /** fdatasync each group commit. */
  fsync?: boolean;
  tokenTtlSeconds?: number;
  requestLogSize?: number;
  /** Journal size that triggers a snapshot. */
  compactBytes?: number;
};

export type ResolvedOptions = Required<Omit<EmulatorOptions, "publicUrl">> & {
  publicUrl: string | null;
  /** 127.0.0.1 unless told: the control API (/_emulator) has no login and shows merchants' secrets. */
  host: string;
};

export const DEFAULT_PORT = 4010;

export function resolveOptions(o: EmulatorOptions): ResolvedOptions {
  const clock = o.clock ?? "realtime";
  return {
    port: o.port ?? DEFAULT_PORT,
    host: o.host ?? "127.0.0.1",
    dataDir: o.dataDir ?? ".data/emulator",
    publicUrl: o.publicUrl ?? null,
    rateLimits: o.rateLimits ?? true,
    clock,
    webhookRetryScale: o.webhookRetryScale ?? 1,
    webhookTimeoutMs: o.webhookTimeoutMs ?? 10_000,
    // About a second so merchants must poll; no wait with a manual clock, where tests drive time.
    asyncDelayMs: o.asyncDelayMs ?? (clock === "manual" ? 0 : 1000),
    persistence: o.persistence ?? true,
    fsync: o.fsync ?? true,
    tokenTtlSeconds: o.tokenTtlSeconds ?? 3600,
    requestLogSize: o.requestLogSize ?? 2000,
    compactBytes: o.compactBytes ?? 64 * 1024 * 1024,
  };
}

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i]!;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[i + 1];
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got "${value}"`);
  return n;
}

function onOff(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  if (["on", "true", "1"].includes(value)) return true;
  if (["off", "false", "0"].includes(value)) return false;
  throw new Error(`${name} must be on or off, got "${value}"`);
}

/** Flags win over environment variables; see README for the list. */
export function optionsFromEnv(argv: readonly string[], env: NodeJS.ProcessEnv): EmulatorOptions {
  const clock = flag(argv, "clock") ?? env.EMULATOR_CLOCK;
  if (clock && clock !== "manual" && clock !== "realtime")
    throw new Error(`EMULATOR_CLOCK must be manual or realtime, got "${clock}"`);
  return {
    port: number(flag(argv, "port") ?? env.EMULATOR_PORT, "EMULATOR_PORT"),
    // Empty (as in a copied .env.example) is unset: "" would make Node listen on every interface.
    host: (flag(argv, "host") ?? env.EMULATOR_HOST) || undefined,
    dataDir: flag(argv, "data-dir") ?? env.EMULATOR_DATA_DIR,
    publicUrl: flag(argv, "public-url") ?? env.EMULATOR_PUBLIC_URL,
    rateLimits: onOff(flag(argv, "rate-limits") ?? env.EMULATOR_RATE_LIMITS, "EMULATOR_RATE_LIMITS"),
    clock: clock as ClockMode | undefined,
    webhookRetryScale: number(
      flag(argv, "webhook-retry-scale") ?? env.EMULATOR_WEBHOOK_RETRY_SCALE,
      "EMULATOR_WEBHOOK_RETRY_SCALE",
    ),
    asyncDelayMs: number(
      flag(argv, "async-delay-ms") ?? env.EMULATOR_ASYNC_DELAY_MS,
      "EMULATOR_ASYNC_DELAY_MS",
    ),
    fsync: onOff(flag(argv, "fsync") ?? env.EMULATOR_FSYNC, "EMULATOR_FSYNC"),
    persistence: onOff(flag(argv, "persistence") ?? env.EMULATOR_PERSISTENCE, "EMULATOR_PERSISTENCE"),
  };
}
