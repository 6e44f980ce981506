-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "anchorPeriodIndex" INTEGER NOT NULL DEFAULT 0;
