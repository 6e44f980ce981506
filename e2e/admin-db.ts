// Database steps of the merchant-admin specs. Two specs start from an empty database (a new
// merchant's first run); the other specs of the run need the demo data, so the tables are copied
// aside first and put back exactly afterwards. SQL only arranges and checks; the tests act through
// the browser.
import { expect } from "@playwright/test";
import { runJob, sql } from "./fixtures/db";
import { emulator } from "./fixtures/emulator";

const BACKUP = "e2e_admin_backup";

async function appTables(): Promise<string[]> {
  const { rows } = await sql().query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  return rows.map((r) => `"${r.tablename}"`);
}

/** Copies every app table aside and empties them: Abo as on a fresh installation. */
export async function emptyDatabase(): Promise<void> {
  const tables = await appTables();
  const client = await sql().connect();
  try {
    await client.query("BEGIN");
    await client.query(`DROP SCHEMA IF EXISTS ${BACKUP} CASCADE`);
    await client.query(`CREATE SCHEMA ${BACKUP}`);
    for (const table of tables)
      await client.query(`CREATE TABLE ${BACKUP}.${table} AS TABLE public.${table}`);
    // The audit log refuses DELETE; TRUNCATE is another statement and allowed for tests.
    await client.query(`TRUNCATE ${tables.join(", ")} CASCADE`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Puts the demo data back as it was (foreign keys and triggers are not re-checked for rows that
 * were valid before), then has the worker re-register the demo sales units' webhooks, which the
 * new merchant's registration at the same address replaced.
 */
export async function restoreDatabase(): Promise<void> {
  const { rows } = await sql().query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = $1`, [
    BACKUP,
  ]);
  if (rows.length === 0) return;
  const tables = await appTables();
  const client = await sql().connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query(`TRUNCATE ${tables.join(", ")} CASCADE`);
    for (const table of tables)
      await client.query(`INSERT INTO public.${table} SELECT * FROM ${BACKUP}.${table}`);
    await client.query(`DROP SCHEMA ${BACKUP} CASCADE`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  await runJob("webhooks.ensure");
  await expect.poll(missingWebhooks, { timeout: 30_000 }).toEqual([]);
}

/** Sales units whose stored webhook registration the emulator does not have (any more). */
async function missingWebhooks(): Promise<string[]> {
  const registered = new Set((await emulator.webhooks()).map((w) => w.id));
  const { rows } = await sql().query<{ msn: string; webhookId: string }>(
    `SELECT msn, "webhookId" FROM "SalesUnit" WHERE "webhookId" IS NOT NULL`,
  );
  return rows.filter((r) => !registered.has(r.webhookId)).map((r) => r.msn);
}

/** Puts some rows of the copied demo data back into the emptied database (e.g. the merchant and staff). */
export async function keepFromBackup(table: string, where = "TRUE"): Promise<void> {
  await sql().query(`INSERT INTO public."${table}" SELECT * FROM ${BACKUP}."${table}" WHERE ${where}`);
}

export async function count(table: string, where = "TRUE", params: unknown[] = []): Promise<number> {
  const { rows } = await sql().query<{ n: string }>(
    `SELECT count(*) AS n FROM "${table}" WHERE ${where}`,
    params,
  );
  return Number(rows[0]!.n);
}

/** Inserts plain rows (Dates as UTC wall clock, objects as JSON). */
export async function insertRows(table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (const row of rows) {
    const columns = Object.keys(row);
    const values = columns.map((c) => {
      const value = row[c];
      if (value instanceof Date) return value.toISOString();
      if (value !== null && typeof value === "object") return JSON.stringify(value);
      return value;
    });
    const hasUpdatedAt = table !== "ProductPrice" && !columns.includes("updatedAt");
    await sql().query(
      `INSERT INTO "${table}" (${[...columns, ...(hasUpdatedAt ? ["updatedAt"] : [])].map((c) => `"${c}"`).join(", ")})
       VALUES (${[...columns.map((_, i) => `$${i + 1}`), ...(hasUpdatedAt ? ["(now() AT TIME ZONE 'UTC')"] : [])].join(", ")})`,
      values,
    );
  }
}
