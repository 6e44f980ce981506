import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

const PROCESS_ENV = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration through lib/env.ts.",
};
const CLOCK_MESSAGE =
  "Take the time from lib/clock.ts: now() for Abo's day (time travel moves it), machineNow()/machineMs() for the machine's.";
// Each group: import paths (gitignore-style, "!" allows one back) and what to do instead.
const NO_EMULATOR = {
  // The app never imports the emulator: it talks to it over HTTP like it would to Vipps.
  group: ["**/emulator/**", "@/emulator/**"],
  message: "The emulator is a separate server; talk to it over HTTP.",
};
const DB_CLIENT = [
  "@/lib/db",
  "@/lib/db/**",
  "**/lib/db",
  "**/lib/db/**",
  "**/lib/generated/prisma/*",
  "!**/lib/generated/prisma/enums",
  "@prisma/client",
  "@prisma/client/**",
  "@prisma/adapter-pg",
  "pg",
];
const NO_DB_IN_APP = {
  group: DB_CLIENT,
  message:
    "Pages, actions and routes call lib/server; only the data layer touches the database (enums are fine).",
};
const NO_APP_IN_COMPONENTS = {
  group: ["@/app", "@/app/**", "**/app/**"],
  message:
    "components/ is shared UI: a piece that needs a route's actions belongs in app/<route>/_components.",
};
const NO_DATA_LAYER_IN_COMPONENTS = {
  group: ["@/lib/server/**", "**/lib/server/**", "@/lib/vipps/**", "**/lib/vipps/**"],
  message: "components/ gets plain data: DTO types come from lib/schemas, problem types from lib/errors.",
};
const NO_ROUTES_IN_LIB = {
  group: ["@/app", "@/app/**", "**/app/**"],
  message: "lib/ never imports app/: a route's response type lives in lib/schemas, shared logic in lib/.",
};
const NO_JOBS_IN_SERVER = {
  group: ["@/jobs/**", "**/jobs/**"],
  message:
    "jobs/ is the worker and imports lib/server, not the other way: enqueue through lib/queue/client.ts.",
};
const NOW_FROM_CONTEXT = {
  group: ["@/lib/clock"],
  importNames: ["now"],
  message:
    "lib/server takes Abo's time from ctx.now (the server context, lib/server/context/): read once per request, job run or webhook batch.",
};
const ONLY_PURE_IN_DOMAIN = {
  group: [
    ...DB_CLIENT,
    "@/lib/server/**",
    "**/lib/server/**",
    "@/lib/vipps/**",
    "**/lib/vipps/**",
    "@/lib/queue/**",
    "@/jobs/**",
    "**/jobs/**",
    "@/lib/env",
    "@/lib/logger",
    "@/lib/clock",
    "@/lib/crypto/**",
    "server-only",
    "next",
    "next/**",
    "pg-boss",
    "node:*",
    "fs",
    "fs/*",
    "path",
    "os",
    "child_process",
    "crypto",
    "http",
    "https",
    "net",
  ],
  message:
    "lib/domain is pure (no I/O, no clock, no randomness, no framework): take the data and the time as arguments.",
};

/** no-restricted-imports with these groups (the rule's options do not merge across blocks). */
function restrictImports(...groups) {
  return { "no-restricted-imports": ["error", { patterns: groups }] };
}

const config = [
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      ".cache/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "artifacts/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "no-console": "error",
    },
  },
  {
    // Only lib/env.ts reads the environment of the app; scripts, the emulator and tests have their own.
    files: ["app/**", "components/**", "lib/**", "jobs/**"],
    ignores: ["lib/env.ts"],
    rules: { "no-restricted-syntax": ["error", PROCESS_ENV] },
  },
  {
    // One clock: the data layer says which time it means (a rule of its own would replace the one
    // above for these files, so it repeats it).
    files: ["lib/server/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        PROCESS_ENV,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK_MESSAGE },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: CLOCK_MESSAGE,
        },
      ],
    },
  },
  // Import boundaries (README "Architecture"). A later block replaces an earlier one's
  // no-restricted-imports for the files both match, so each block lists every group its folder obeys.
  {
    files: ["app/**", "components/**", "lib/**", "jobs/**", "prisma/**"],
    rules: restrictImports(NO_EMULATOR),
  },
  { files: ["app/**"], rules: restrictImports(NO_EMULATOR, NO_DB_IN_APP) },
  {
    files: ["components/**"],
    rules: restrictImports(NO_EMULATOR, NO_APP_IN_COMPONENTS, NO_DATA_LAYER_IN_COMPONENTS),
  },
  { files: ["lib/**"], rules: restrictImports(NO_EMULATOR, NO_ROUTES_IN_LIB) },
  {
    files: ["lib/server/**"],
    ignores: ["lib/server/context/**"],
    rules: restrictImports(NO_EMULATOR, NO_ROUTES_IN_LIB, NO_JOBS_IN_SERVER, NOW_FROM_CONTEXT),
  },
  {
    files: ["lib/server/context/**"],
    rules: restrictImports(NO_EMULATOR, NO_ROUTES_IN_LIB, NO_JOBS_IN_SERVER),
  },
  { files: ["lib/domain/**"], rules: restrictImports(NO_EMULATOR, NO_ROUTES_IN_LIB, ONLY_PURE_IN_DOMAIN) },
  {
    // Process entry points and tools talk to the terminal.
    files: [
      "scripts/**",
      "emulator/**",
      "bench/**",
      "e2e/**",
      "tests/**",
      "**/*.test.ts",
      "**/*.mjs",
      "prisma/seed.ts",
      "instrumentation-node.ts",
    ],
    rules: { "no-console": "off" },
  },
];

export default config;
