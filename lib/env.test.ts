import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, productionProblems } from "./env";

describe("environment", () => {
  it("has working defaults for everything local", () => {
    const env = parseEnv({});
    expect(env.VIPPS_BASE_URL).toBe("http://localhost:4010");
    expect(env.VIPPS_MERCHANT_SERIAL_NUMBER).toBe("123456");
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.ALLOW_TIME_TRAVEL).toBe(false);
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ VIPPS_BASE_URL: "", DEMO_MODE: "" }).VIPPS_BASE_URL).toBe("http://localhost:4010");
  });

  it("names the variable and the problem in one line", () => {
    const attempt = (source: Record<string, string>) => {
      try {
        parseEnv(source);
        return "accepted";
      } catch (error) {
        expect(error).toBeInstanceOf(EnvError);
        return (error as Error).message;
      }
    };
    expect(attempt({ VIPPS_BASE_URL: "not a url" })).toBe(
      'Invalid environment: VIPPS_BASE_URL must be an http(s) URL (got "not a url")',
    );
    expect(attempt({ VIPPS_MERCHANT_SERIAL_NUMBER: "12" })).toMatch(
      /^Invalid environment: VIPPS_MERCHANT_SERIAL_NUMBER must be 4 to 7 digits/,
    );
    expect(attempt({ DATABASE_URL: "mysql://x" })).toMatch(
      /^Invalid environment: DATABASE_URL must be a postgresql:\/\/ URL \(got "\*\*\*"\)$/,
    );
    expect(attempt({ VIPPS_TIMEOUT_MS: "soon" })).toMatch(/^Invalid environment: VIPPS_TIMEOUT_MS /);
    expect(attempt({ ENCRYPTION_KEY: "short" })).toBe(
      'Invalid environment: ENCRYPTION_KEY must be 32 bytes, base64-encoded (got "***")',
    );
    expect(attempt({ DEMO_MODE: "yes" })).toMatch(/^Invalid environment: DEMO_MODE /);
  });

  it("reports every bad or missing variable at once, one line each", () => {
    let problems: string[] = [];
    try {
      parseEnv(
        { VIPPS_BASE_URL: "nope", VIPPS_MARKET: "SE", AUTH_SECRET: "" },
        { required: ["DATABASE_URL", "AUTH_SECRET", "VIPPS_BASE_URL"] },
      );
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      problems = (error as EnvError).problems;
      expect((error as Error).message.split("\n")).toEqual(problems);
    }
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Invalid environment: VIPPS_BASE_URL must be an http\(s\) URL/),
        expect.stringMatching(/^Invalid environment: VIPPS_MARKET /),
        "Invalid environment: DATABASE_URL is required",
        "Invalid environment: AUTH_SECRET is required",
      ]),
    );
  });

  it("accepts required variables that are set", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://x/y" }, { required: ["DATABASE_URL"] }).DATABASE_URL).toBe(
      "postgresql://x/y",
    );
  });

  const failure = (source: Record<string, string>) => {
    try {
      return parseEnv(source);
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      return (error as Error).message;
    }
  };

  it("is a demo only when nothing is configured, or when DEMO_MODE=true says so", () => {
    const demo = (source: Record<string, string>) => parseEnv(source).DEMO_MODE;
    expect(demo({})).toBe(true); // npm install && npm start
    expect(demo({ DEMO_MODE: "" })).toBe(true); // an untouched copy of .env.example
    expect(demo({ DEMO_MODE: "false" })).toBe(false);
    expect(demo({ NODE_ENV: "production" })).toBe(false);
    expect(demo({ VIPPS_BASE_URL: "https://apitest.vipps.no" })).toBe(false);
    expect(demo({ APP_URL: "https://abo.example.com" })).toBe(false);
    expect(demo({ DATABASE_URL: "postgresql://abo@db.internal/abo" })).toBe(false);
    expect(demo({ DATABASE_URL: "postgresql://abo@db.internal/abo", DEMO_MODE: "true" })).toBe(true);
  });

  it("refuses demo mode against any Vipps but the local emulator, and time travel outside demo mode", () => {
    expect(failure({ DEMO_MODE: "true", VIPPS_BASE_URL: "https://api.vipps.no" })).toBe(
      "Invalid environment: DEMO_MODE is on but VIPPS_BASE_URL is not the local emulator (demo mode runs only against http://localhost)",
    );
    expect(failure({ ALLOW_TIME_TRAVEL: "true", DEMO_MODE: "false" })).toBe(
      "Invalid environment: ALLOW_TIME_TRAVEL needs demo mode (DEMO_MODE=true)",
    );
    const tests = parseEnv({ ALLOW_TIME_TRAVEL: "true", DEMO_MODE: "false", NODE_ENV: "test" });
    expect(tests.ALLOW_TIME_TRAVEL).toBe(true);
  });

  it("names each demo default left in a production start, one line each", () => {
    expect(productionProblems({})).toEqual([]); // not production: the demo is fine
    expect(
      productionProblems({ NODE_ENV: "production", DEMO_MODE: "true", ALLOW_TIME_TRAVEL: "true" }),
    ).toEqual(
      [
        "APP_URL is not set: set Abo's public https address",
        "VIPPS_BASE_URL is the local emulator: set https://apitest.vipps.no (the Vipps test environment)",
        "VIPPS_CLIENT_ID is the emulator's demo value: set your sales unit's key from the Vipps portal",
        "VIPPS_CLIENT_SECRET is the emulator's demo value: set your sales unit's key from the Vipps portal",
        "VIPPS_SUBSCRIPTION_KEY is the emulator's demo value: set your sales unit's key from the Vipps portal",
        "AUTH_SECRET is not set: `openssl rand -base64 32`",
        "ENCRYPTION_KEY is not set: `openssl rand -base64 32`, and keep it safe",
        "DEMO_MODE is on: set DEMO_MODE=false",
        "ALLOW_TIME_TRAVEL is on: set ALLOW_TIME_TRAVEL=false",
      ].map((line) => `Refusing to start in production (NODE_ENV=production): ${line}`),
    );
    expect(
      productionProblems({
        NODE_ENV: "production",
        APP_URL: "https://abo.example.com",
        DATABASE_URL: "postgresql://abo@db.internal/abo",
        VIPPS_BASE_URL: "https://apitest.vipps.no",
        VIPPS_CLIENT_ID: "f1d2c3",
        VIPPS_CLIENT_SECRET: "s3cr3t",
        VIPPS_SUBSCRIPTION_KEY: "0123abcd",
        AUTH_SECRET: "x".repeat(32),
        ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
      }),
    ).toEqual([]);
  });
});
