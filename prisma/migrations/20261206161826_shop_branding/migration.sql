-- AlterTable
ALTER TABLE "Merchant" ADD COLUMN     "brandColor" TEXT;

-- CreateTable
CREATE TABLE "ShopLogo" (
    "merchantId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "hash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShopLogo_pkey" PRIMARY KEY ("merchantId")
);

-- AddForeignKey
ALTER TABLE "ShopLogo" ADD CONSTRAINT "ShopLogo_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
