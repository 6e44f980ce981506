-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "phoneVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SignUpClaim" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "boundAt" TIMESTAMP(3),
    "boundBy" TEXT,
    "customerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignUpClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignUpClaim_agreementId_key" ON "SignUpClaim"("agreementId");

-- CreateIndex
CREATE UNIQUE INDEX "SignUpClaim_tokenHash_key" ON "SignUpClaim"("tokenHash");

-- CreateIndex
CREATE INDEX "SignUpClaim_email_idx" ON "SignUpClaim"("email");

-- AddForeignKey
ALTER TABLE "SignUpClaim" ADD CONSTRAINT "SignUpClaim_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignUpClaim" ADD CONSTRAINT "SignUpClaim_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;
