import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type TReadiness = {
  ready: boolean;
  checks: {
    database: { ok: boolean; error?: string };
    migrations: { ok: boolean; pending?: string[] };
    worker: { ok: boolean; lastSeenSecondsAgo: number | null; maxAgeSeconds: number };
  };
};

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether this process can serve: the database answers, every migration this build carries is
 * applied, and some worker was seen recently (billing, webhooks and retries depend on one). For load
 * balancers and orchestrators; it says what failed, never a secret.
 */
export async function checkReadiness(): Promise<TReadiness> {
  const maxAgeSeconds = env().READY_MAX_HEARTBEAT_AGE_SECONDS;
  try {
    const [rows, heartbeat] = await withTimeout(
      Promise.all([
        db.$queryRaw<{ migration_name: string }[]>`
          SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        db.$queryRaw<{ age: number | null }[]>`
          SELECT EXTRACT(EPOCH FROM now() - max("seenAt"))::float8 AS age FROM "WorkerHeartbeat"`,
      ]),
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = bundledMigrations().filter((name) => !applied.has(name));
    const age = heartbeat[0]?.age ?? null;
    const worker = { ok: age !== null && age <= maxAgeSeconds, lastSeenSecondsAgo: age, maxAgeSeconds };
    const checks = {
      database: { ok: true },
      migrations: pending.length ? { ok: false, pending } : { ok: true },
      worker,
    };
    return { ready: checks.migrations.ok && worker.ok, checks };
  } catch (error) {
    return {
      ready: false,
      checks: {
        database: { ok: false, error: describe(error) },
        migrations: { ok: false },
        worker: { ok: false, lastSeenSecondsAgo: null, maxAgeSeconds },
      },
    };
  }
}

let migrationNames: string[] | undefined;
/** The migrations this build ships (read once: they cannot change while it runs). */
function bundledMigrations(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  migrationNames ??= existsSync(dir)
    ? readdirSync(dir).filter((name) => existsSync(path.join(dir, name, "migration.sql")))
    : [];
  return migrationNames;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database did not answer in time")), CHECK_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Only the kind of failure: connection strings and hosts stay out of a public answer.
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/did not answer in time/.test(message)) return "database did not answer in time";
  if (/reach database|ECONNREFUSED|terminat|Connection/i.test(message)) return "database unreachable";
  return "database query failed";
}
