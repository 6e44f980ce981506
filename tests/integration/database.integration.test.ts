import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { migrate } from "@/lib/db/migrate";

const url = process.env.DATABASE_URL!;
const client = new pg.Client({ connectionString: url });
await client.connect();
afterAll(() => client.end());

describe(`database (${process.env.TEST_DATABASE_MODE})`, () => {
  it("is migrated, and a second run applies nothing", async () => {
    const result = await migrate({ databaseUrl: url });
    expect(result.applied).toEqual([]);
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it("keeps the audit log append-only", async () => {
    await client.query(
      `INSERT INTO "AuditEvent" (id, "actorType", action, "targetType", "targetId") VALUES ('a1', 'SYSTEM', 'test', 'charge', 'c1')`,
    );
    await expect(client.query(`UPDATE "AuditEvent" SET action = 'changed' WHERE id = 'a1'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(client.query(`DELETE FROM "AuditEvent" WHERE id = 'a1'`)).rejects.toThrow(/append-only/);
  });

  it("refuses a second charge for the same agreement period", async () => {
    await client.query(`INSERT INTO "Merchant" (id, name, "updatedAt") VALUES ('m1', 'M', now())`);
    await client.query(
      `INSERT INTO "SalesUnit" (id, "merchantId", name, environment, market, currency, msn, "baseUrl", "clientIdEnc", "clientSecretEnc", "subscriptionKeyEnc", "subscriptionKeyHint", "updatedAt")
       VALUES ('s1', 'm1', 'NO', 'TEST', 'NO', 'NOK', '123456', 'http://x', 'x', 'x', 'x', 'x', now())`,
    );
    await client.query(
      `INSERT INTO "Agreement" (id, "merchantId", "salesUnitId", market, currency, "pricingType", "productName", "transactionType", "retryDays", "externalId", "returnToken", "draftIdempotencyKey", "updatedAt")
       VALUES ('g1', 'm1', 's1', 'NO', 'NOK', 'LEGACY', 'P', 'DIRECT_CAPTURE', 2, 'e1', 'r1', 'k1', now())`,
    );
    const charge = (id: string) =>
      client.query(
        `INSERT INTO "Charge" (id, "agreementId", "orderId", "idempotencyKey", type, "transactionType", amount, currency, description, "periodIndex", "updatedAt")
         VALUES ($1, 'g1', $1, $1, 'RECURRING', 'DIRECT_CAPTURE', 100, 'NOK', 'x', 3, now())`,
        [id],
      );
    await charge("c1");
    await expect(charge("c2")).rejects.toThrow(/unique/i);
  });

  it("has the trigram search indexes where pg_trgm is available", async () => {
    const { rows } = await client.query(
      `SELECT indexname FROM pg_indexes WHERE indexname LIKE 'customer_%_trgm' ORDER BY 1`,
    );
    expect(rows.map((r) => r.indexname)).toEqual([
      "customer_email_trgm",
      "customer_name_trgm",
      "customer_phone_trgm",
    ]);
  });
});
