// The import boundaries of eslint.config.mjs (README "Architecture"), each shown firing on a snippet
// that crosses it and staying quiet on one that does not. Files are linted by name only: none exist.
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}/eslint.config.mjs` });
  // Loading the config (Next's plugins) takes seconds on a busy machine: not inside a test's timeout.
  await eslint.calculateConfigForFile(`${root}/app/page.tsx`);
}, 120_000);

/** Lints a file that imports each of `imports` and uses them, as if it were at `file`. */
async function lintImports(file: string, imports: string[]) {
  const code = imports.map((from, i) => `import * as m${i} from "${from}";\n`).join("");
  const uses = `export const used = [${imports.map((_, i) => `m${i}`).join(", ")}];\n`;
  const [result] = await eslint.lintText(code + uses, { filePath: `${root}/${file}` });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

type TCrossing = { file: string; from: string; says: string };

const crossings: Record<string, TCrossing[]> = {
  "(a) components/ imports no route, no data layer, no Vipps client": [
    {
      file: "components/admin/x-form.tsx",
      from: "@/app/admin/products/actions",
      says: "app/<route>/_components",
    },
    {
      file: "components/admin/x-view.tsx",
      from: "@/lib/server/admin/get-settings",
      says: "DTO types come from lib/schemas",
    },
    { file: "components/support/x.tsx", from: "@/lib/vipps/errors", says: "problem types from lib/errors" },
    { file: "components/ui/x.tsx", from: "@/emulator/server", says: "talk to it over HTTP" },
  ],
  "(b) lib/ imports no route": [
    {
      file: "lib/queries/x.ts",
      from: "@/app/api/account/subscriptions/[id]/route",
      says: "response type lives in lib/schemas",
    },
  ],
  "(c) lib/server does not import the worker": [
    { file: "lib/server/billing/x.ts", from: "@/jobs/client", says: "lib/queue/client.ts" },
    { file: "lib/server/system/x.ts", from: "../../../jobs/schedules", says: "lib/queue/client.ts" },
  ],
  "(d) app/ does not touch the database client": [
    { file: "app/admin/x/page.tsx", from: "@/lib/db", says: "only the data layer touches the database" },
    {
      file: "app/support/x/actions.ts",
      from: "@/lib/generated/prisma/client",
      says: "only the data layer touches the database",
    },
  ],
  "(e) lib/domain imports nothing impure": [
    "@/lib/server/billing/run-billing",
    "@/lib/db",
    "@/lib/generated/prisma/client",
    "@/lib/vipps/client",
    "@/jobs/worker",
    "@/lib/queue/client",
    "@/lib/clock",
    "next/headers",
    "node:fs",
    "node:crypto",
    "server-only",
  ].map((from) => ({ file: "lib/domain/x.ts", from, says: "lib/domain is pure" })),
};

const allowed: { file: string; imports: string[] }[] = [
  {
    file: "components/customer/x.tsx",
    imports: ["@/lib/schemas/customer-portal", "@/lib/errors", "@/components/ui/button"],
  },
  { file: "lib/queries/x.ts", imports: ["@/lib/schemas/customer-portal", "@/lib/schemas/support-views"] },
  { file: "lib/server/billing/x.ts", imports: ["@/lib/queue/client", "@/lib/db", "@/lib/vipps/client"] },
  { file: "jobs/handlers/x.ts", imports: ["@/lib/queue/client", "@/lib/server/billing/run-billing"] },
  {
    file: "app/support/x/page.tsx",
    imports: ["@/lib/generated/prisma/enums", "@/lib/server/support/get-charge-view", "@/components/ui/card"],
  },
  { file: "lib/domain/x.ts", imports: ["@/lib/generated/prisma/enums", "./periods", "@/lib/i18n/locales"] },
];

describe("import boundaries", () => {
  for (const [boundary, cases] of Object.entries(crossings)) {
    describe(boundary, () => {
      it.each(cases)("refuses $from in $file", async ({ file, from, says }) => {
        const messages = await lintImports(file, [from]);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatchObject({ rule: "no-restricted-imports" });
        expect(messages[0]!.message).toContain(says);
      });
    });
  }

  it.each(allowed)("lets $file import $imports", async ({ file, imports }) => {
    expect(await lintImports(file, imports)).toEqual([]);
  });
});
