// The one place that reads process.env for the app, the worker and the scripts: parsed with zod,
// and bad values stop the start with one line per variable.
import { z } from "zod";
import { trustedProxies } from "./net/client-address";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());
// prefault: the default goes through the schema like a given value (zod 4's `default` would not).
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(emptyAsUndefined, schema.prefault(fallback as never));
const flag = (fallback: boolean) => withDefault(onOff, fallback ? "true" : "false");
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const onOff = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const ZEnv = z.object({
  NODE_ENV: withDefault(z.enum(["development", "test", "production"]), "development"),
  APP_URL: withDefault(httpUrl, "http://localhost:3000"),
  // Where the app listens: this machine only unless told otherwise (e.g. 0.0.0.0 for a reverse proxy
  // on another machine). The emulator has its own EMULATOR_HOST, also loopback by default.
  HOST: withDefault(z.string().min(1), "127.0.0.1"),
  // Port the app listens on; unset: APP_URL's port (80 when it has none).
  PORT: optional(z.coerce.number().int().min(1).max(65_535)),
  // Reverse proxies whose X-Forwarded-For is believed (lib/net/client-address.ts): addresses or CIDRs.
  TRUSTED_PROXIES: optional(
    z.string().refine((v) => {
      try {
        trustedProxies(v);
        return true;
      } catch {
        return false;
      }
    }, "must be addresses or CIDR ranges, comma-separated"),
  ),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  ENCRYPTION_KEY: optional(
    z.string().refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded"),
  ),
  // Which process is logging: app, worker, emulator (set per process by scripts/start.ts).
  ABO_SERVICE: withDefault(z.string().min(1), "app"),
  LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),

  VIPPS_BASE_URL: withDefault(httpUrl, "http://localhost:4010"),
  VIPPS_PRODUCTION_BASE_URL: withDefault(httpUrl, "https://api.vipps.no"),
  VIPPS_CLIENT_ID: withDefault(z.string().min(1), "abo-test-client"),
  VIPPS_CLIENT_SECRET: withDefault(z.string().min(1), "abo-test-secret"),
  VIPPS_SUBSCRIPTION_KEY: withDefault(z.string().min(1), "abo-test-subscription-key"),
  VIPPS_MERCHANT_SERIAL_NUMBER: withDefault(z.string().regex(/^\d{4,7}$/, "must be 4 to 7 digits"), "123456"),
  VIPPS_MARKET: withDefault(z.enum(["NO", "DK", "FI"]), "NO"),
  VIPPS_TEST_PHONE: withDefault(
    z.string().regex(/^\d{8,15}$/, "must be an MSISDN: digits only"),
    "4712345678",
  ),
  VIPPS_SYSTEM_NAME: withDefault(z.string().min(1).max(30), "abo"),
  VIPPS_SYSTEM_VERSION: withDefault(z.string().min(1).max(30), "0.1.0"),
  VIPPS_SYSTEM_PLUGIN_NAME: withDefault(z.string().min(1).max(30), "abo-recurring"),
  VIPPS_SYSTEM_PLUGIN_VERSION: withDefault(z.string().min(1).max(30), "0.1.0"),
  VIPPS_TIMEOUT_MS: withDefault(z.coerce.number().int().min(100).max(120_000), 10_000),
  VIPPS_MAX_ATTEMPTS: withDefault(z.coerce.number().int().min(1).max(10), 4),
  // Above this, a Retry-After is not waited out inside the call: the caller reschedules instead.
  VIPPS_MAX_INLINE_RETRY_AFTER_MS: withDefault(z.coerce.number().int().min(0), 2_000),
  WEBHOOK_URL: optional(httpUrl),

  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")),
  MAIL_FROM: withDefault(z.string().min(3), "Abo <no-reply@abo.localhost>"),

  WORKER_CONCURRENCY: withDefault(z.coerce.number().int().min(1).max(64), 4),
  // How often a worker records that it is alive, and how old the newest record may be before
  // /api/ready reports the workers as gone.
  WORKER_HEARTBEAT_SECONDS: withDefault(z.coerce.number().int().min(1).max(300), 10),
  READY_MAX_HEARTBEAT_AGE_SECONDS: withDefault(z.coerce.number().int().min(5).max(3_600), 60),
  // With time travel, how often the worker's clock-driven scheduler looks at Abo's clock.
  SCHEDULER_TICK_MS: withDefault(z.coerce.number().int().min(50).max(60_000), 1_000),
  ALLOW_TIME_TRAVEL: flag(false),
  // Demo data, demo logins and the dev mailbox. Unset: decided by isDemoByDefault below.
  DEMO_MODE: optional(onOff),
});

export type TEnv = Omit<z.infer<typeof ZEnv>, "DEMO_MODE"> & { DEMO_MODE: boolean };

/** Every problem found, one line each (`message` is the same lines joined). */
export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** localhost, 127.0.0.1 or [::1]: this machine. */
export function isLocalUrl(url: string): boolean {
  return ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
}

/**
 * THE demo-mode rule. DEMO_MODE=true or false decides. Left empty, demo mode is on only when Abo
 * runs entirely on this machine with nothing configured: NODE_ENV is not production, there is no
 * DATABASE_URL (the embedded PostgreSQL), and APP_URL and VIPPS_BASE_URL both point at localhost
 * (the emulator). So `npm install && npm start` is the demo; any real install is not.
 */
function isDemoByDefault(e: z.infer<typeof ZEnv>): boolean {
  return (
    e.NODE_ENV !== "production" && !e.DATABASE_URL && isLocalUrl(e.APP_URL) && isLocalUrl(e.VIPPS_BASE_URL)
  );
}

/**
 * Parses the environment and reports every bad or missing value at once, one line per variable.
 * `required` names variables that have no default but must be set here (production roles).
 */
export function parseEnv(
  source: Record<string, string | undefined>,
  options: { required?: (keyof TEnv)[] } = {},
): TEnv {
  const result = ZEnv.safeParse(source);
  const problems: string[] = [];
  const named = new Set<string>();
  for (const issue of result.success ? [] : result.error.issues) {
    const name = String(issue.path[0]);
    if (named.has(name)) continue;
    named.add(name);
    const value = source[name];
    const shown = value === undefined ? "" : ` (got ${JSON.stringify(isSecret(name) ? "***" : value)})`;
    problems.push(`Invalid environment: ${name} ${issue.message}${shown}`);
  }
  for (const name of options.required ?? []) {
    if (!named.has(name) && (source[name] === undefined || source[name] === ""))
      problems.push(`Invalid environment: ${name} is required`);
  }
  if (problems.length || !result.success) throw new EnvError(problems);
  const parsed = { ...result.data, DEMO_MODE: result.data.DEMO_MODE ?? isDemoByDefault(result.data) };
  // Demo mode seeds known staff passwords and shows everyone's sign-in links: never next to a real Vipps.
  if (parsed.DEMO_MODE && !isLocalUrl(parsed.VIPPS_BASE_URL))
    problems.push(
      "Invalid environment: DEMO_MODE is on but VIPPS_BASE_URL is not the local emulator (demo mode runs only against http://localhost)",
    );
  // Moving the clock moves billing: only in a demo, or in the test suites (NODE_ENV=test).
  if (parsed.ALLOW_TIME_TRAVEL && !parsed.DEMO_MODE && parsed.NODE_ENV !== "test")
    problems.push("Invalid environment: ALLOW_TIME_TRAVEL needs demo mode (DEMO_MODE=true)");
  if (problems.length) throw new EnvError(problems);
  return parsed;
}

/**
 * What a real install must not start with: the demo defaults. Checked by `npm start` and the worker
 * when NODE_ENV=production, on the variables as given (before `npm start` fills in local secrets).
 * One line per problem.
 */
export function productionProblems(source: Record<string, string | undefined> = process.env): string[] {
  const given = (name: string) => (source[name] === "" ? undefined : source[name]);
  if (given("NODE_ENV") !== "production") return [];
  const e = parseEnv(source);
  const problems: string[] = [];
  const demoValue = (name: "VIPPS_CLIENT_ID" | "VIPPS_CLIENT_SECRET" | "VIPPS_SUBSCRIPTION_KEY") => {
    if (e[name].startsWith("abo-test-"))
      problems.push(`${name} is the emulator's demo value: set your sales unit's key from the Vipps portal`);
  };
  if (!given("APP_URL")) problems.push("APP_URL is not set: set Abo's public https address");
  if (isLocalUrl(e.VIPPS_BASE_URL))
    problems.push(
      "VIPPS_BASE_URL is the local emulator: set https://apitest.vipps.no (the Vipps test environment)",
    );
  demoValue("VIPPS_CLIENT_ID");
  demoValue("VIPPS_CLIENT_SECRET");
  demoValue("VIPPS_SUBSCRIPTION_KEY");
  if (!given("AUTH_SECRET")) problems.push("AUTH_SECRET is not set: `openssl rand -base64 32`");
  if (!given("ENCRYPTION_KEY"))
    problems.push("ENCRYPTION_KEY is not set: `openssl rand -base64 32`, and keep it safe");
  if (e.DEMO_MODE) problems.push("DEMO_MODE is on: set DEMO_MODE=false");
  if (e.ALLOW_TIME_TRAVEL) problems.push("ALLOW_TIME_TRAVEL is on: set ALLOW_TIME_TRAVEL=false");
  return problems.map((problem) => `Refusing to start in production (NODE_ENV=production): ${problem}`);
}

function isSecret(name: string): boolean {
  return /SECRET|KEY|PASSWORD|TOKEN|DATABASE_URL|SMTP_URL/.test(name);
}

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** env(), with these variables required too: a process's entry point calls it once at start. */
export function checkEnv(required: (keyof TEnv)[]): TEnv {
  cached = parseEnv(process.env, { required });
  return cached;
}

/**
 * Auth.js builds its absolute URLs (the emailed sign-in link, redirects) from AUTH_URL, and without
 * it from the request's Host / X-Forwarded-Host, which any client can set. Pinned to APP_URL, so a
 * sign-in link always points at Abo. Called by lib/auth.ts before Auth.js starts.
 */
export function pinAuthUrlToAppUrl(): void {
  process.env.AUTH_URL = `${new URL(env().APP_URL).origin}/api/auth`;
}

export function requireEnv<K extends keyof TEnv>(name: K): NonNullable<TEnv[K]> {
  const value = env()[name];
  if (value === undefined || value === null) {
    throw new EnvError([`Invalid environment: ${String(name)} is required (npm start sets it for you)`]);
  }
  return value as NonNullable<TEnv[K]>;
}
