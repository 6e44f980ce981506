// lib/server takes the time from lib/clock.ts (eslint.config.mjs): each use says which clock it means.
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}/eslint.config.mjs` });
  // Loading the config (Next's plugins) takes seconds on a busy machine: not inside a test's timeout.
  await eslint.calculateConfigForFile(`${root}/lib/server/example.ts`);
}, 120_000);

const messages = async (code: string, file = "lib/server/example.ts") =>
  (await eslint.lintText(code, { filePath: `${root}/${file}` })).flatMap((r) =>
    r.messages.map((m) => m.message),
  );

describe("the clock rule", () => {
  it("refuses new Date() and Date.now() in lib/server", async () => {
    for (const code of ["export const a = new Date();\n", "export const a = Date.now();\n"])
      expect(await messages(code)).toEqual([expect.stringMatching(/^Take the time from lib\/clock\.ts/)]);
  });

  it("allows a given time and the clock module's functions", async () => {
    const code = 'import { machineMs } from "@/lib/clock";\nexport const a = new Date(machineMs() + 1);\n';
    expect(await messages(code)).toEqual([]);
  });

  it("refuses lib/clock's now() in lib/server: Abo's time comes from ctx.now", async () => {
    expect(await messages('import { now } from "@/lib/clock";\nexport const a = now;\n')).toEqual([
      expect.stringMatching(/^'now' import from '@\/lib\/clock' is restricted .*ctx\.now/),
    ]);
    const builder = 'import { now } from "@/lib/clock";\nexport const a = now;\n';
    expect(await messages(builder, "lib/server/context/example.ts")).toEqual([]);
  });

  it("keeps the configuration rule in lib/server too", async () => {
    expect(await messages("export const a = process.env.X;\n")).toEqual([
      "Read configuration through lib/env.ts.",
    ]);
  });
});
