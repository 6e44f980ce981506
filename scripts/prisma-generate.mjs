// Generates the Prisma client without network access. `prisma generate` never calls the schema
// engine, but the CLI looks for one at start-up and would try to download it; any executable will do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("node_modules/prisma")) {
  console.log("prisma is not installed (production install?): skipping client generation");
  process.exit(0);
}
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: {
    PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...process.env,
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
