-- AlterTable
ALTER TABLE "Email" ADD COLUMN     "agreementId" TEXT,
ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "chargeId" TEXT,
ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "failedAt" TIMESTAMP(3),
ADD COLUMN     "locale" TEXT,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Email_dedupeKey_key" ON "Email"("dedupeKey");

-- CreateIndex
CREATE INDEX "Email_customerId_createdAt_idx" ON "Email"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Email_sentAt_failedAt_nextAttemptAt_idx" ON "Email"("sentAt", "failedAt", "nextAttemptAt");

-- Mail written before the outbox was never meant to be sent by a job (without SMTP it was for the
-- dev mailbox, with SMTP it was tried once already): close it, so configuring SMTP later sends none.
UPDATE "Email" SET "failedAt" = "createdAt" WHERE "sentAt" IS NULL;
