import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

const PROCESS_ENV = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration through lib/env.ts.",
};
const CLOCK_MESSAGE =
  "Take the time from lib/clock.ts: now() for Abo's day (time travel moves it), machineNow()/machineMs() for the machine's.";

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
  {
    // The app never imports the emulator: it talks to it over HTTP like it would to Vipps.
    files: ["app/**", "components/**", "lib/**", "jobs/**", "prisma/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/emulator/**", "@/emulator/**"],
              message: "The emulator is a separate server; talk to it over HTTP.",
            },
          ],
        },
      ],
    },
  },
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
