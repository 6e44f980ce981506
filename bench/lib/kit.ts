// What every benchmark shares: setup calls that fail loudly (a non-2xx answer throws with its body,
// instead of a benchmark waiting forever for work that was never set up), a time limit, and one
// result format — each figure next to its floor, measured in the same run on the same machine, so
// a slow or busy machine moves both and the ratio still says whether the code got slower.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

/** Seconds a benchmark may run before it stops with an error (BENCH_TIME_LIMIT_S; generous by default). */
export const TIME_LIMIT_S = Number(process.env.BENCH_TIME_LIMIT_S ?? 3600);

/**
 * Stops the process with exit code 1 after TIME_LIMIT_S, after `cleanup` (children, databases)
 * has had up to 30 s. Returns a function that disarms the limit.
 */
export function armTimeLimit(name: string, cleanup: () => Promise<void>): () => void {
  const timer = setTimeout(() => {
    console.error(`${name}: stopped after the time limit of ${TIME_LIMIT_S} s (BENCH_TIME_LIMIT_S)`);
    const force = setTimeout(() => process.exit(1), 30_000);
    force.unref();
    void cleanup().finally(() => process.exit(1));
  }, TIME_LIMIT_S * 1000);
  timer.unref();
  return () => clearTimeout(timer);
}

/** The response, or an error naming the call, its status and its body. */
export async function expectOk(response: Response, what: string): Promise<Response> {
  if (response.ok) return response;
  throw new Error(`${what} answered ${response.status}: ${(await response.text()).slice(0, 2000)}`);
}

/** fetch, then expectOk, then the JSON body. */
export async function fetchJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await expectOk(await fetch(url, init), `${init.method ?? "GET"} ${url}`);
  return (await response.json()) as T;
}

/**
 * One headline figure against its floor. `ratio` is figure ÷ floor: for throughput higher is better
 * (the share of the floor reached), for times lower is better (how many floors it costs).
 */
export type TFigure = {
  name: string;
  figure: number;
  floor: number;
  unit: string;
  floorName: string;
  /** The goal on the ratio, e.g. "≥ 0.7" or "≤ 1.3"; null when none was set. */
  goal: string | null;
  /** A goal on the figure itself, in its unit (e.g. "≤ 100" ms), where the issue sets one. */
  figureGoal?: string;
};

const meets = (ratio: number, goal: string | null): boolean | null => {
  const match = goal ? /^(≥|≤)\s*([\d.]+)/.exec(goal) : null;
  if (!match) return null;
  return match[1] === "≥" ? ratio >= Number(match[2]) : ratio <= Number(match[2]);
};

export const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

/** The figure with its ratio to the floor, and whether it meets its goals (null: none set). */
export function judge(f: TFigure): TFigure & { ratio: number; met: boolean | null } {
  const ratio = f.floor > 0 ? round(f.figure / f.floor, 3) : Number.NaN;
  const met = [meets(ratio, f.goal), meets(f.figure, f.figureGoal ?? null)].filter((m) => m !== null);
  return {
    ...f,
    figure: round(f.figure),
    floor: round(f.floor),
    ratio,
    met: met.length ? met.every(Boolean) : null,
  };
}

/** Writes bench/results/<name>.json: the date, the machine, its load, the figures and any details. */
export function writeResult(name: string, figures: TFigure[], details: Record<string, unknown>): boolean {
  const rows = figures.map(judge);
  mkdirSync("bench/results", { recursive: true });
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, node: process.version, loadAverage: loadavg().map((n) => round(n)) },
    figures: rows,
    ...details,
  };
  writeFileSync(`bench/results/${name}.json`, `${JSON.stringify(result, null, 2)}\n`);
  for (const row of rows)
    console.log(
      `${row.name}: ${row.figure} ${row.unit}; floor (${row.floorName}) ${row.floor} ${row.unit}; ratio ${row.ratio}` +
        (row.goal || row.figureGoal
          ? ` (goal ${[row.goal, row.figureGoal && `${row.figureGoal} ${row.unit}`].filter(Boolean).join(", ")}: ${row.met ? "met" : "MISSED"})`
          : ""),
    );
  return rows.every((row) => row.met !== false);
}
