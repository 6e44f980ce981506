-- CreateEnum
CREATE TYPE "ProcessingMode" AS ENUM ('MULTIPLE_ATTEMPTS', 'SINGLE_ATTEMPT');

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "processingMode" "ProcessingMode" NOT NULL DEFAULT 'MULTIPLE_ATTEMPTS';

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "processingMode" "ProcessingMode" NOT NULL DEFAULT 'MULTIPLE_ATTEMPTS';
