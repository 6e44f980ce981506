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
    exclude: ["node_modules/**", ".next/**", ".data/**", "e2e/**"],
    globalSetup: ["./tests/integration/global-setup.ts"],
    setupFiles: ["./tests/integration/setup-file.ts"],
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
    // Auth.js runs in-process in some tests: bundled by Vite so that it resolves Next.js's
    // extension-less imports (next/server) as Next's bundler does.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
