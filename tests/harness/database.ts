// A fresh, migrated database for a test run, on either path Abo supports: the embedded
// PostgreSQL (the default) or a server given by URL (a new database is created on it and dropped after).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { installJobQueues } from "../../jobs/setup";
import { migrate } from "../../lib/db/migrate";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { freePort } from "./free-port";

export type TestDatabase = { url: string; mode: "embedded" | "external"; stop: () => Promise<void> };

export const DEFAULT_EXTERNAL_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** `durable` keeps PostgreSQL's fsync on (benchmarks measure what production would see). */
export async function provisionDatabase(options: {
  mode: "embedded" | "external";
  serverUrl?: string;
  durable?: boolean;
}): Promise<TestDatabase> {
  if (options.mode === "embedded") {
    const dataDir = mkdtempSync(path.join(tmpdir(), "abo-test-pg-"));
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: "abo_test",
      throwaway: !options.durable,
    });
    await migrate({ databaseUrl: embedded.url });
    await installJobQueues(embedded.url);
    return {
      url: embedded.url,
      mode: "embedded",
      stop: async () => {
        await embedded.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }

  const serverUrl = options.serverUrl ?? DEFAULT_EXTERNAL_URL;
  const name = `abo_test_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `No PostgreSQL server at ${redact(serverUrl)} (set TEST_EXTERNAL_DATABASE_URL): ${String(error)}`,
    );
  }
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrate({ databaseUrl: url.toString() });
  await installJobQueues(url.toString());
  return {
    url: url.toString(),
    mode: "external",
    stop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Empties every table of the app (not the migration bookkeeping, not pg-boss's queues). */
export async function truncateAll(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (rows.length) {
      // The audit log refuses DELETE; TRUNCATE is a different statement and is allowed for tests.
      await client.query(
        `TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`,
      );
    }
    // Jobs left by an earlier file (thousands of polls after the exactly-once test, or jobs a killed
    // worker held) would otherwise queue ahead of this file's own.
    const queue = await client.query(
      `SELECT 1 FROM pg_tables WHERE schemaname = 'pgboss' AND tablename = 'job'`,
    );
    if (queue.rowCount) await client.query(`TRUNCATE pgboss.job CASCADE`);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
