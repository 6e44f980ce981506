import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "./messages/en";

// The customer's forms show a server field error by looking its key up in forms.errors (in their
// language); a sentence written in the server code would reach a Norwegian page in English.
const CUSTOMER_SERVER_CODE = [
  "lib/server/customer-portal",
  "lib/server/agreements",
  "lib/server/sign-up-claims",
];

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  });

describe("customer-facing server field errors", () => {
  it("are keys of forms.errors, never sentences", () => {
    const keys = Object.keys(en.forms.errors);
    const found = CUSTOMER_SERVER_CODE.flatMap(sources).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/fieldErrors: \{ (\w+): "([^"]*)" \}/g)].map((m) => ({
        file,
        message: m[2]!,
      })),
    );
    expect(found.length).toBeGreaterThan(3);
    expect(found.filter((f) => !keys.includes(f.message))).toEqual([]);
  });
});
