-- CreateEnum
CREATE TYPE "ReceiptKind" AS ENUM ('RECEIPT', 'CREDIT_NOTE');

-- AlterTable
ALTER TABLE "Merchant" ADD COLUMN     "addressLine" TEXT,
ADD COLUMN     "city" TEXT,
ADD COLUMN     "companyCountry" "Market",
ADD COLUMN     "legalName" TEXT,
ADD COLUMN     "orgNumber" TEXT,
ADD COLUMN     "postalCode" TEXT,
ADD COLUMN     "vatRegistered" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "ProductPrice" ADD COLUMN     "vatRate" INTEGER;

-- CreateTable
CREATE TABLE "Receipt" (
    "id" TEXT NOT NULL,
    "salesUnitId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "ReceiptKind" NOT NULL,
    "chargeId" TEXT NOT NULL,
    "correctsId" TEXT,
    "amount" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL,
    "vatRate" INTEGER NOT NULL,
    "vatAmount" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "seller" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Receipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceiptCounter" (
    "salesUnitId" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "ReceiptCounter_pkey" PRIMARY KEY ("salesUnitId")
);

-- CreateIndex
CREATE INDEX "Receipt_chargeId_idx" ON "Receipt"("chargeId");

-- CreateIndex
CREATE UNIQUE INDEX "Receipt_salesUnitId_number_key" ON "Receipt"("salesUnitId", "number");

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_salesUnitId_fkey" FOREIGN KEY ("salesUnitId") REFERENCES "SalesUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_chargeId_fkey" FOREIGN KEY ("chargeId") REFERENCES "Charge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Receipt" ADD CONSTRAINT "Receipt_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Receipt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceiptCounter" ADD CONSTRAINT "ReceiptCounter_salesUnitId_fkey" FOREIGN KEY ("salesUnitId") REFERENCES "SalesUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
