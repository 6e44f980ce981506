-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "merchantId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_merchantId_createdAt_idx" ON "AuditEvent"("merchantId", "createdAt");

-- Backfill: each existing entry joins the log of the merchant whose row it names (agreement,
-- customer, charge, sales unit, product, merchant); entries naming none (staff, jobs, setup) go to
-- the installation's merchant, the oldest. The log is append-only (prisma/sql/002), so its trigger
-- is held off for this one update, inside the migration's transaction.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_event_append_only') THEN
    ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_append_only;
  END IF;
END $$;

UPDATE "AuditEvent" AS e SET "merchantId" = COALESCE(
  (SELECT a."merchantId" FROM "Agreement" a WHERE a.id = e."agreementId"),
  (SELECT c."merchantId" FROM "Customer" c WHERE c.id = e."customerId"),
  (SELECT a."merchantId" FROM "Charge" ch JOIN "Agreement" a ON a.id = ch."agreementId" WHERE ch.id = e."chargeId"),
  (SELECT s."merchantId" FROM "SalesUnit" s WHERE e."targetType" = 'sales-unit' AND s.id = e."targetId"),
  (SELECT p."merchantId" FROM "Product" p WHERE e."targetType" = 'product' AND p.id = e."targetId"),
  (SELECT m.id FROM "Merchant" m WHERE e."targetType" = 'merchant' AND m.id = e."targetId"),
  (SELECT m.id FROM "Merchant" m ORDER BY m."createdAt" ASC LIMIT 1)
)
WHERE e."merchantId" IS NULL;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_event_append_only') THEN
    ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_append_only;
  END IF;
END $$;
