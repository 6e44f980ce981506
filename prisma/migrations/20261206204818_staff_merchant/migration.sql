-- AlterTable
ALTER TABLE "User" ADD COLUMN     "merchantId" TEXT;

-- CreateIndex
CREATE INDEX "User_merchantId_idx" ON "User"("merchantId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Staff so far served the installation's one merchant (the oldest): they become its staff.
UPDATE "User"
SET "merchantId" = (SELECT "id" FROM "Merchant" ORDER BY "createdAt" ASC, "id" ASC LIMIT 1)
WHERE "role" IN ('SUPPORT', 'ADMIN') AND "merchantId" IS NULL;
