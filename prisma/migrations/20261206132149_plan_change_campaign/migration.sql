-- CreateEnum
CREATE TYPE "PlanChangeCampaign" AS ENUM ('KEEP', 'END', 'BLOCK');

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "campaignEndPeriod" INTEGER;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "planChangeCampaign" "PlanChangeCampaign" NOT NULL DEFAULT 'KEEP';
