import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A bad value in .env / the environment stops `npm start` (and the worker) at once, with one line
// that names the variable, before anything is started.
function run(script: string, env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "abo-badenv-"));
  const result = spawnSync(
    process.execPath,
    [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", script],
    {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        DATA_DIR: dataDir,
        ...env,
      } as NodeJS.ProcessEnv,
      encoding: "utf8",
      timeout: 30_000,
    },
  );
  const started = existsSync(path.join(dataDir, "postgres"));
  rmSync(dataDir, { recursive: true, force: true });
  return { ...result, started };
}

describe("configuration errors", () => {
  it.each([
    [
      "VIPPS_BASE_URL",
      "not-a-url",
      'Invalid environment: VIPPS_BASE_URL must be an http(s) URL (got "not-a-url")',
    ],
    [
      "VIPPS_MERCHANT_SERIAL_NUMBER",
      "12",
      'Invalid environment: VIPPS_MERCHANT_SERIAL_NUMBER must be 4 to 7 digits (got "12")',
    ],
    [
      "DATABASE_URL",
      "mysql://localhost/abo",
      'Invalid environment: DATABASE_URL must be a postgresql:// URL (got "***")',
    ],
  ])("npm start refuses %s=%s with one line", (name, value, message) => {
    const result = run("scripts/start.ts", { [name]: value });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(message);
    expect(result.started).toBe(false);
  });

  it("the worker refuses a bad value the same way", () => {
    const result = run("jobs/worker.ts", {
      VIPPS_TIMEOUT_MS: "soon",
      DATABASE_URL: "postgresql://x@127.0.0.1:1/x",
      ENCRYPTION_KEY: Buffer.alloc(32).toString("base64"),
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Invalid environment: VIPPS_TIMEOUT_MS .+$/);
  });

  // A configured install must not run on the demo's defaults: each one left in is named.
  it("npm start refuses production with demo defaults left in, one line per problem", () => {
    const result = run("scripts/start.ts", { DEMO_MODE: "true", ALLOW_TIME_TRAVEL: "true" });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(
      lines.every((line) => line.startsWith("Refusing to start in production (NODE_ENV=production): ")),
    ).toBe(true);
    expect(lines.map((line) => line.split(": ")[1]!.split(" ")[0])).toEqual([
      "APP_URL",
      "VIPPS_BASE_URL",
      "VIPPS_CLIENT_ID",
      "VIPPS_CLIENT_SECRET",
      "VIPPS_SUBSCRIPTION_KEY",
      "AUTH_SECRET",
      "ENCRYPTION_KEY",
      "DEMO_MODE",
      "ALLOW_TIME_TRAVEL",
    ]);
    expect(result.started).toBe(false);
  });

  it("npm start refuses demo mode against a real Vipps", () => {
    const result = run("scripts/start.ts", {
      NODE_ENV: "development",
      DEMO_MODE: "true",
      VIPPS_BASE_URL: "https://apitest.vipps.no",
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^Invalid environment: DEMO_MODE is on but VIPPS_BASE_URL is not the local emulator/,
    );
    expect(result.started).toBe(false);
  });

  it("the worker refuses production with demo defaults too", () => {
    const result = run("jobs/worker.ts", {
      APP_URL: "https://abo.example.com",
      DATABASE_URL: "postgresql://x@127.0.0.1:1/x",
      ENCRYPTION_KEY: Buffer.alloc(32).toString("base64"),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "Refusing to start in production (NODE_ENV=production): VIPPS_CLIENT_SECRET is the emulator's demo value",
    );
    expect(result.stderr).not.toContain("ENCRYPTION_KEY");
  });
});
