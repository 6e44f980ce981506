-- CreateTable
CREATE TABLE "ProductText" (
    "productId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,

    CONSTRAINT "ProductText_pkey" PRIMARY KEY ("productId","locale")
);

-- AddForeignKey
ALTER TABLE "ProductText" ADD CONSTRAINT "ProductText_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
