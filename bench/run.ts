// npm run bench: runs every bench/*.bench.ts in turn (each is a standalone script that prints its
// figures and writes bench/results/<name>.json, see bench/lib/kit.ts), then prints each figure
// with its floor, their ratio and the date they were measured.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { TIME_LIMIT_S } from "./lib/kit";

type TResult = {
  date: string;
  figures?: {
    name: string;
    figure: number;
    floor: number;
    unit: string;
    ratio: number;
    goal: string | null;
    figureGoal?: string;
    met: boolean | null;
  }[];
};

const only = process.argv.slice(2);
const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
mkdirSync("bench/results", { recursive: true });
const started = Date.now();
const failed: string[] = [];
for (const file of files) {
  console.log(`\n━━ ${file} ━━`);
  const result = spawnSync(
    process.execPath,
    [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", path.join("bench", file)],
    // Each benchmark stops itself at the limit; this is the backstop should it hang in its cleanup.
    { stdio: "inherit", timeout: (TIME_LIMIT_S + 120) * 1000, killSignal: "SIGKILL" },
  );
  if (result.status !== 0) failed.push(file.replace(".bench.ts", ""));
}

console.log("\nFigures (ratio = figure ÷ floor, both measured in the same run):");
for (const file of files) {
  const name = file.replace(".bench.ts", "");
  const json = path.join("bench/results", `${name}.json`);
  if (!existsSync(json)) {
    console.log(`  ${name}: no result`);
    continue;
  }
  const result = JSON.parse(readFileSync(json, "utf8")) as TResult;
  const stale = statSync(json).mtimeMs < started ? " (from an earlier run: this one wrote none)" : "";
  for (const f of result.figures ?? []) {
    const goal = [f.goal, f.figureGoal && `${f.figureGoal} ${f.unit}`].filter(Boolean).join(", ");
    const verdict = f.met === null ? "" : f.met ? "met" : "MISSED";
    console.log(
      `  ${name.padEnd(9)} ${f.name}: ${f.figure} ${f.unit} | floor ${f.floor} ${f.unit} | ratio ${f.ratio}` +
        `${goal ? ` | goal ${goal} ${verdict}` : ""} | ${result.date.slice(0, 10)}${stale}`,
    );
  }
  if (!result.figures) console.log(`  ${name}: ${JSON.stringify(result)}`);
}
if (failed.length) console.log(`\nFailed: ${failed.join(", ")}`);
process.exit(failed.length ? 1 : 0);
