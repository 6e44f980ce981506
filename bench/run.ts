// npm run bench: runs every bench/*.bench.ts in turn (each is a standalone script that prints its
// figures and writes bench/results/<name>.json), then prints the collected figures.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const only = process.argv.slice(2);
const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
mkdirSync("bench/results", { recursive: true });
let failed = 0;
for (const file of files) {
  console.log(`\n━━ ${file} ━━`);
  const result = spawnSync(
    process.execPath,
    [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join("bench", file)],
    { stdio: "inherit" },
  );
  if (result.status !== 0) failed++;
}
console.log("\nFigures:");
for (const file of files) {
  const json = path.join("bench/results", file.replace(".bench.ts", ".json"));
  if (existsSync(json))
    console.log(`  ${file.replace(".bench.ts", "")}: ${readFileSync(json, "utf8").trim()}`);
}
process.exit(failed ? 1 : 0);
