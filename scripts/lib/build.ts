// Builds the Next.js app when its sources are newer than the last build (first start, or after a pull).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { commands } from "./processes";

const SOURCES = [
  "app",
  "components",
  "lib",
  "jobs",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.mjs",
  "package-lock.json",
  "postcss.config.mjs",
];

export function buildIsStale(distDir: string): boolean {
  const marker = path.join(distDir, "BUILD_ID");
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return SOURCES.some((source) => newest(source) > built);
}

function newest(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (max, name) => (name === "generated" ? max : Math.max(max, newest(path.join(entry, name)))),
    stat.mtimeMs,
  );
}

export function buildApp(env: NodeJS.ProcessEnv, options: { quiet: boolean }): void {
  const [bin, ...args] = commands.next("build");
  // A build is the same for every deployment: run-time switches stay out of it (next build runs as
  // production, where lib/env.ts would refuse a test's time travel while collecting page data).
  const { ALLOW_TIME_TRAVEL: _travel, DEMO_MODE: _demo, ...buildEnv } = env;
  env = buildEnv;
  const result = spawnSync(bin!, args, { env, stdio: options.quiet ? "pipe" : "inherit", encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `next build failed${options.quiet ? `:\n${(result.stdout ?? "") + (result.stderr ?? "")}` : ""}`,
    );
  }
}
