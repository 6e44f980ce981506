// Fills a migrated database with a production-sized book for benchmarks: customers, agreements in
// every status and charges in every status, with set-based SQL (generate_series), not row by row.
// Ids are predictable: customer c<n>, agreement g<n>, charge h<n>_<k>, orderId abo-g<n>-p<k>.
// The dashboard's rollup triggers are off while it writes (session_replication_role = replica: a
// superuser's connection, as the embedded server's is); the rollup is then rebuilt from the rows in
// one pass (dashboard_rebuild), as the migration does on an existing book, and timed apart.
import pg from "pg";

export type TVolume = { customers: number; agreementsPerCustomer: number; chargesPerAgreement: number };

export async function seedVolume(
  databaseUrl: string,
  volume: TVolume,
): Promise<{ customers: number; agreements: number; charges: number; ms: number; rollupMs: number }> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SET session_replication_role = replica");
    const merchant = await client.query<{ id: string }>(`SELECT id FROM "Merchant" LIMIT 1`);
    const merchantId = merchant.rows[0]?.id ?? "bench-merchant";
    if (!merchant.rows[0])
      await client.query(`INSERT INTO "Merchant" (id, name, "updatedAt") VALUES ($1, 'Bench AS', now())`, [
        merchantId,
      ]);
    await client.query(
      `INSERT INTO "SalesUnit" (id, "merchantId", name, environment, market, currency, msn, "baseUrl", "clientIdEnc", "clientSecretEnc", "subscriptionKeyEnc", "subscriptionKeyHint", "updatedAt")
       VALUES ('bench-unit', $1, 'Bench', 'TEST', 'NO', 'NOK', '999999', 'http://localhost:9', 'x', 'x', 'x', '••••', now()) ON CONFLICT DO NOTHING`,
      [merchantId],
    );
    await client.query(
      `INSERT INTO "Product" (id, "merchantId", slug, name, status, "pricingType", "intervalUnit", "intervalCount", "updatedAt")
       VALUES ('bench-product', $1, 'bench-product', 'Benchavisen', 'LIVE', 'LEGACY', 'MONTH', 1, now()) ON CONFLICT DO NOTHING`,
      [merchantId],
    );
    const { customers, agreementsPerCustomer: apc, chargesPerAgreement: cpa } = volume;
    await client.query(
      `INSERT INTO "Customer" (id, "merchantId", phone, email, name, market, "createdAt", "updatedAt")
       SELECT 'c' || n, $1, (4790000000 + n)::text, 'kunde' || n || '@bench.example', 
              (ARRAY['Kari','Ola','Ingrid','Lars','Sofie','Emil','Nora','Jonas','Ella','Aksel'])[1 + n % 10] || ' ' ||
              (ARRAY['Nordmann','Hansen','Johansen','Olsen','Larsen','Andersen','Pedersen','Nilsen','Kristiansen','Jensen'])[1 + (n / 10) % 10] || ' ' || n,
              'NO', now() - (n % 700) * interval '1 day', now()
       FROM generate_series(1, $2::int) AS n`,
      [merchantId, customers],
    );
    await client.query(
      `INSERT INTO "Agreement" (id, "merchantId", "salesUnitId", "customerId", "productId", "vippsAgreementId", status, market, currency, "pricingType", amount,
                                "intervalUnit", "intervalCount", "productName", "transactionType", "retryDays", "externalId", "returnToken", "draftIdempotencyKey",
                                "createdAt", "activatedAt", "billingAnchor", "nextPeriodIndex", "nextChargeDate", "updatedAt")
       SELECT 'g' || a, $1, 'bench-unit', 'c' || (1 + (a - 1) / $3::int), 'bench-product', 'agr_b' || a,
              (CASE WHEN a % 10 < 7 THEN 'ACTIVE' WHEN a % 10 < 9 THEN 'STOPPED' ELSE 'EXPIRED' END)::"AgreementStatus",
              'NO', 'NOK', 'LEGACY', 19900 + (a % 5) * 1000, 'MONTH', 1, 'Benchavisen', 'DIRECT_CAPTURE', 3, 'g' || a, 'rt' || a, 'agr-g' || a,
              now() - (a % 700) * interval '1 day', now() - (a % 700) * interval '1 day', (now() - (a % 700) * interval '1 day')::date, $4::int,
              (now() + (a % 28) * interval '1 day')::date, now()
       FROM generate_series(1, $2::int) AS a`,
      [merchantId, customers * apc, apc, cpa],
    );
    await client.query(
      `INSERT INTO "Charge" (id, "agreementId", "customerId", "orderId", "idempotencyKey", type, status, "sendState", "transactionType", amount, currency, description,
                             due, "retryDays", "periodIndex", "capturedAmount", "refundedAmount", "failureReason", "createdAt", "updatedAt")
       SELECT 'h' || a || '_' || k, 'g' || a, 'c' || (1 + (a - 1) / $2::int), 'abo-g' || a || '-p' || k, 'chg-g' || a || '-p' || k, 'RECURRING',
              (ARRAY['CHARGED','CHARGED','CHARGED','CHARGED','CHARGED','CHARGED','FAILED','REFUNDED','CANCELLED','DUE','PARTIALLY_REFUNDED','RESERVED'])[1 + (a + k) % 12]::"ChargeStatus",
              'SENT', 'DIRECT_CAPTURE', 19900, 'NOK', 'Benchavisen ' || k, (now() - (($3::int - k) * 30) * interval '1 day')::date, 3, k,
              CASE WHEN (a + k) % 12 IN (0,1,2,3,4,5,7,10) THEN 19900 ELSE 0 END,
              CASE WHEN (a + k) % 12 = 7 THEN 19900 WHEN (a + k) % 12 = 10 THEN 5000 ELSE 0 END,
              CASE WHEN (a + k) % 12 = 6 THEN 'user_action_required' END,
              now() - (($3::int - k) * 30) * interval '1 day', now()
       FROM generate_series(1, $1::int) AS a, generate_series(0, $3::int - 1) AS k`,
      [customers * apc, apc, cpa],
    );
    await client.query("ANALYZE");
    const seeded = Date.now();
    await client.query("SET session_replication_role = DEFAULT");
    // Folded up to today (this machine's day: the benchmarks run on the wall clock).
    const today = new Date(new Date().toISOString().slice(0, 10));
    await client.query("SELECT dashboard_rebuild($1::timestamp)", [today.toISOString()]);
    return {
      customers,
      agreements: customers * apc,
      charges: customers * apc * cpa,
      ms: seeded - started,
      rollupMs: Date.now() - seeded,
    };
  } finally {
    await client.end();
  }
}
