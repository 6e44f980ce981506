// Where a benchmark's time goes: a sampling profile of what PostgreSQL is busy with (its active
// statements, every 50 ms), and the CPU seconds a child process (emulator, worker) has used.
import { readdirSync, readFileSync } from "node:fs";
import type pg from "pg";

/** Samples pg_stat_activity until stop(); returns each statement kind's share of the samples. */
export function sampleDatabase(pool: pg.Pool, everyMs = 50): { stop: () => Promise<Record<string, number>> } {
  const counts = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await pool.query<{ query: string }>(
        `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query FROM pg_stat_activity
         WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      );
      samples++;
      for (const { query } of rows) counts.set(query, (counts.get(query) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      // Busy backends per sample, by statement: 1.0 = one backend busy with it the whole time.
      return Object.fromEntries(
        [...counts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([query, n]) => [query, Math.round((n / Math.max(1, samples)) * 100) / 100]),
      );
    },
  };
}

/** User + system CPU seconds a process has used so far (Linux /proc; null elsewhere). */
export function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by this process's descendants whose command line contains `pattern`
 * (e.g. "scripts/web.ts", "postgres"): processes the stack started, whose ids it does not hand out.
 * On a busy machine, CPU per request moves far less than requests per second. Linux only (else 0).
 */
export function descendantsCpuSeconds(pattern: string): number {
  const procs = (() => {
    try {
      return readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
    } catch {
      return [];
    }
  })().flatMap((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      return [{ pid: Number(pid), parent, cmd: readFileSync(`/proc/${pid}/cmdline`, "utf8") }];
    } catch {
      return [];
    }
  });
  const family = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!family.has(p.pid) && family.has(p.parent)) grew = Boolean(family.add(p.pid));
  }
  return procs
    .filter((p) => family.has(p.pid) && p.pid !== process.pid && p.cmd.includes(pattern))
    .reduce((sum, p) => sum + (cpuSeconds(p.pid) ?? 0), 0);
}
