-- AlterTable
ALTER TABLE "WebhookEvent" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "nextAttemptAt" TIMESTAMP(3),
ADD COLUMN     "transactionId" TEXT;

-- CreateTable
CREATE TABLE "ChargeTransaction" (
    "id" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "occurred" TIMESTAMP(3),
    "amountCaptured" INTEGER,
    "amountRefunded" INTEGER,
    "amountCancelled" INTEGER,
    "webhookEventId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChargeTransaction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChargeTransaction_chargeId_transactionId_key" ON "ChargeTransaction"("chargeId", "transactionId");

-- AddForeignKey
ALTER TABLE "ChargeTransaction" ADD CONSTRAINT "ChargeTransaction_chargeId_fkey" FOREIGN KEY ("chargeId") REFERENCES "Charge"("id") ON DELETE CASCADE ON UPDATE CASCADE;
