-- CreateTable
CREATE TABLE "DashboardChange" (
    "id" BIGSERIAL NOT NULL,
    "environment" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "succeeded" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "recovered" BIGINT NOT NULL DEFAULT 0,
    "recoveredCount" INTEGER NOT NULL DEFAULT 0,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "refunds" INTEGER NOT NULL DEFAULT 0,
    "started" INTEGER NOT NULL DEFAULT 0,
    "churnedVoluntary" INTEGER NOT NULL DEFAULT 0,
    "churnedFailedPayment" INTEGER NOT NULL DEFAULT 0,
    "agreements" INTEGER NOT NULL DEFAULT 0,
    "subscribers" INTEGER NOT NULL DEFAULT 0,
    "mrr" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DashboardDay" (
    "environment" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "currency" TEXT NOT NULL,
    "succeeded" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "recovered" BIGINT NOT NULL DEFAULT 0,
    "recoveredCount" INTEGER NOT NULL DEFAULT 0,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "refunds" INTEGER NOT NULL DEFAULT 0,
    "started" INTEGER NOT NULL DEFAULT 0,
    "churnedVoluntary" INTEGER NOT NULL DEFAULT 0,
    "churnedFailedPayment" INTEGER NOT NULL DEFAULT 0,
    "agreements" INTEGER NOT NULL DEFAULT 0,
    "subscribers" INTEGER NOT NULL DEFAULT 0,
    "mrr" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardDay_pkey" PRIMARY KEY ("environment","day","currency")
);

-- CreateTable
CREATE TABLE "DashboardAgreement" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "counted" BOOLEAN NOT NULL,
    "active" BOOLEAN NOT NULL,
    "started" TIMESTAMP(3),
    "ended" TIMESTAMP(3),
    "stopCause" TEXT,
    "campaignFrom" TIMESTAMP(3),
    "campaignUntil" TIMESTAMP(3),
    "campaignMrr" BIGINT,
    "ordinaryFrom" TIMESTAMP(3),
    "ordinaryUntil" TIMESTAMP(3),
    "ordinaryMrr" BIGINT,

    CONSTRAINT "DashboardAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DashboardCustomer" (
    "customerId" TEXT NOT NULL,

    CONSTRAINT "DashboardCustomer_pkey" PRIMARY KEY ("customerId")
);

-- CreateTable
CREATE TABLE "DashboardSpan" (
    "id" BIGSERIAL NOT NULL,
    "customerId" TEXT NOT NULL,
    "environment" TEXT NOT NULL,
    "start" TIMESTAMP(3) NOT NULL,
    "end" TIMESTAMP(3),

    CONSTRAINT "DashboardSpan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DashboardRollup" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL,
    "builtAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DashboardRollup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DashboardChange_environment_at_idx" ON "DashboardChange"("environment", "at");

-- CreateIndex
CREATE INDEX "DashboardAgreement_customerId_idx" ON "DashboardAgreement"("customerId");

-- CreateIndex
CREATE INDEX "DashboardSpan_customerId_idx" ON "DashboardSpan"("customerId");
