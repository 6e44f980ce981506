import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment", () => {
  it("has working defaults for everything local", () => {
    const env = parseEnv({});
    expect(env.VIPPS_BASE_URL).toBe("http://localhost:4010");
    expect(env.VIPPS_MERCHANT_SERIAL_NUMBER).toBe("123456");
    expect(env.DEMO_MODE).toBe(false);
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
});
