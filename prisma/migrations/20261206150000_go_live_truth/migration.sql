-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "isTest" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "SalesUnit" ADD COLUMN     "webhookCheckedAt" TIMESTAMP(3),
ADD COLUMN     "webhookProblem" TEXT;

-- The go-live verification's agreements made before this flag existed (ids "chk…", no customer).
UPDATE "Agreement" SET "isTest" = true WHERE id LIKE 'chk%' AND "customerId" IS NULL;
