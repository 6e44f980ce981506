import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Integration tier: real PostgreSQL (embedded by default, TEST_DATABASE=external for a server) and
// the emulator over HTTP. Files run one at a time; each starts from empty tables.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/stubs/empty.ts", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.integration.test.ts"],
    exclude: ["node_modules/**", ".next*/**", ".data/**", "e2e/**"],
    globalSetup: ["./tests/integration/global-setup.ts"],
    setupFiles: ["./tests/integration/setup-file.ts"],
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses;
    // through Vite it resolves (tests that drive Auth.js's own routes need this).
    server: { deps: { inline: ["next-auth"] } },
  },
});
