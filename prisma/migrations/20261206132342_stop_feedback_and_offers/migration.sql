-- CreateEnum
CREATE TYPE "StopReason" AS ENUM ('TOO_EXPENSIVE', 'NOT_USING', 'TEMPORARY', 'SWITCHING', 'UNHAPPY', 'OTHER');

-- CreateEnum
CREATE TYPE "StopOffer" AS ENUM ('NONE', 'PAUSE', 'CHEAPER_PLAN');

-- CreateEnum
CREATE TYPE "StopOutcome" AS ENUM ('STOPPED', 'PAUSED', 'PLAN_CHANGED');

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "stopOffer" "StopOffer" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "stopOfferPauseDays" INTEGER,
ADD COLUMN     "stopOfferProductId" TEXT;

-- CreateTable
CREATE TABLE "StopFeedback" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "reason" "StopReason",
    "offerShown" "StopOffer" NOT NULL DEFAULT 'NONE',
    "outcome" "StopOutcome" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "replacedAt" TIMESTAMP(3),

    CONSTRAINT "StopFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StopFeedback_merchantId_createdAt_idx" ON "StopFeedback"("merchantId", "createdAt");

-- CreateIndex
CREATE INDEX "StopFeedback_agreementId_idx" ON "StopFeedback"("agreementId");

-- AddForeignKey
ALTER TABLE "StopFeedback" ADD CONSTRAINT "StopFeedback_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
