import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// lib/server takes the time from lib/clock.ts (eslint.config.mjs): each use says which clock it means.
const eslint = new ESLint();
const messages = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((r) => r.messages.map((m) => m.message));

describe("the clock rule", () => {
  it("refuses new Date() and Date.now() in lib/server", async () => {
    for (const code of ["export const a = new Date();\n", "export const a = Date.now();\n"])
      expect(await messages(code, "lib/server/example.ts")).toEqual([
        expect.stringMatching(/^Take the time from lib\/clock\.ts/),
      ]);
  });

  it("allows a given time and the clock module's functions", async () => {
    const code = 'import { machineMs } from "@/lib/clock";\nexport const a = new Date(machineMs() + 1);\n';
    expect(await messages(code, "lib/server/example.ts")).toEqual([]);
  });

  it("keeps the configuration rule in lib/server too", async () => {
    expect(await messages("export const a = process.env.X;\n", "lib/server/example.ts")).toEqual([
      "Read configuration through lib/env.ts.",
    ]);
  });
});
