import { defineConfig, devices } from "@playwright/test";
import { E2E_WORKERS, pointAtStack } from "./e2e/stacks";

// In a worker process, the E2E_* variables name that worker's own stack (see e2e/stacks.ts).
if (process.env.TEST_PARALLEL_INDEX !== undefined) pointAtStack(Number(process.env.TEST_PARALLEL_INDEX));

// End-to-end tier: the whole system (embedded PostgreSQL, emulator, worker, app built for
// production) started by e2e/global-setup.ts, driven in Debian's Chromium (Playwright cannot
// download browsers here).
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: E2E_WORKERS,
  retries: 0,
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/e2e.json" }],
  ],
  // Separate folders let several runs share a checkout (E2E_OUTPUT_DIR, NEXT_DIST_DIR).
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results/e2e",
  use: {
    baseURL: process.env.E2E_BASE_URL,
    // Traces cost a sixth of the tier's time; E2E_TRACE=1 records them for failing tests.
    trace: process.env.E2E_TRACE ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
});
