// Applies prisma/migrations/*/migration.sql in name order, bookkept exactly like Prisma Migrate
// (the `_prisma_migrations` table, sha256 checksums, Prisma's advisory lock), so no native schema
// engine and no network are needed; `prisma migrate status` agrees with it wherever it can run.
// Then applies prisma/sql/*.sql: idempotent extras Prisma's schema language cannot express.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const PRISMA_ADVISORY_LOCK = 72707369;

export type MigrationResult = { applied: string[]; alreadyApplied: number };

export async function migrate(options: { databaseUrl: string; root?: string }): Promise<MigrationResult> {
  const root = options.root ?? process.cwd();
  const migrationsDir = path.join(root, "prisma", "migrations");
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`);
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    const names = readdirSync(migrationsDir)
      .filter((name) => existsSync(path.join(migrationsDir, name, "migration.sql")))
      .sort();

    const applied: string[] = [];
    for (const name of names) {
      const sql = readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const previous = done.get(name);
      if (previous?.finished_at) {
        if (previous.checksum !== checksum) {
          throw new Error(
            `Migration ${name} was edited after it was applied (checksum differs). Add a new migration instead.`,
          );
        }
        continue;
      }
      if (previous) {
        throw new Error(
          `Migration ${name} failed earlier and is not resolved: fix the database, then mark it with \`prisma migrate resolve\`.`,
        );
      }
      await applyOne(client, name, sql, checksum);
      applied.push(name);
    }
    await applyExtras(client, path.join(root, "prisma", "sql"));
    return { applied, alreadyApplied: names.length - applied.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => undefined);
    await client.end();
  }
}

async function applyOne(client: pg.Client, name: string, sql: string, checksum: string): Promise<void> {
  const id = randomUUID();
  try {
    await client.query("BEGIN");
    await client.query(sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [id, checksum, name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    // Recorded as failed, like Prisma does, so the next run stops instead of guessing.
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, logs, applied_steps_count)
       VALUES ($1, $2, $3, now(), $4, 0)`,
      [id, checksum, name, String(error)],
    );
    throw new Error(`Migration ${name} failed: ${String(error)}`);
  }
}

async function applyExtras(client: pg.Client, dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    await client.query(readFileSync(path.join(dir, file), "utf8"));
  }
}
