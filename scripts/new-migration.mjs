// Authors a Prisma migration, or checks for drift, without a database or network: Prisma's CLI
// runs `migrate diff` through the offline schema-engine shim in ../shared/tools/prisma-offline.
//   node scripts/new-migration.mjs <name>   write prisma/migrations/<timestamp>_<name>/migration.sql
//   node scripts/new-migration.mjs --check  exit 1 when schema.prisma and the migrations disagree
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const shim = path.resolve("../shared/tools/prisma-offline/schema-engine-shim.mjs");
if (!existsSync(shim)) {
  console.error(`Needs the offline Prisma schema engine at ${shim}, which is not on this machine.`);
  process.exit(3);
}
const check = process.argv.includes("--check");
const name = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!check && !/^[a-z0-9_]+$/.test(name ?? "")) {
  console.error("usage: node scripts/new-migration.mjs <snake_case_name> | --check");
  process.exit(2);
}

const migrations = "prisma/migrations";
const hasMigrations = existsSync(migrations) && readdirSync(migrations).some((d) => /^\d/.test(d));
const out = path.join(mkdtempSync(path.join(tmpdir(), "abo-migration-")), "migration.sql");
const args = [
  "prisma",
  "migrate",
  "diff",
  ...(hasMigrations ? ["--from-migrations", migrations] : ["--from-empty"]),
];
args.push("--to-schema", "prisma/schema.prisma", "--script", ...(check ? ["--exit-code"] : ["-o", out]));

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: shim,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync("npx", args, { env, encoding: "utf8" });
if (check) {
  if (result.status === 0) {
    console.log("No drift: prisma/schema.prisma matches prisma/migrations.");
    process.exit(0);
  }
  if (result.status === 2) {
    console.error(
      "Drift: prisma/schema.prisma differs from prisma/migrations. Missing SQL:\n" + result.stdout,
    );
  } else {
    console.error(result.stderr || result.stdout);
  }
  process.exit(1);
}
if (result.status !== 0) {
  console.error(result.stderr || result.stdout);
  process.exit(1);
}
const sql = readFileSync(out, "utf8");
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.log("Nothing to migrate: the schema matches the migrations.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrations, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
renameSync(out, path.join(dir, "migration.sql"));
console.log(`Wrote ${dir}/migration.sql`);
