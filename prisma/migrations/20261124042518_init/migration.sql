-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CUSTOMER', 'SUPPORT', 'ADMIN');

-- CreateEnum
CREATE TYPE "Market" AS ENUM ('NO', 'DK', 'FI');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('NOK', 'DKK', 'EUR');

-- CreateEnum
CREATE TYPE "VippsEnvironment" AS ENUM ('TEST', 'PRODUCTION');

-- CreateEnum
CREATE TYPE "PricingType" AS ENUM ('LEGACY', 'VARIABLE', 'FLEXIBLE');

-- CreateEnum
CREATE TYPE "IntervalUnit" AS ENUM ('YEAR', 'MONTH', 'WEEK', 'DAY');

-- CreateEnum
CREATE TYPE "CampaignType" AS ENUM ('PRICE_CAMPAIGN', 'PERIOD_CAMPAIGN', 'EVENT_CAMPAIGN', 'FULL_FLEX_CAMPAIGN');

-- CreateEnum
CREATE TYPE "TransactionType" AS ENUM ('DIRECT_CAPTURE', 'RESERVE_CAPTURE');

-- CreateEnum
CREATE TYPE "ProductStatus" AS ENUM ('DRAFT', 'LIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('PENDING', 'ACTIVE', 'STOPPED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "StopActor" AS ENUM ('MERCHANT', 'USER', 'ADMIN');

-- CreateEnum
CREATE TYPE "StopCause" AS ENUM ('CUSTOMER', 'USER_IN_APP', 'STAFF', 'FAILED_PAYMENT', 'VIPPS_ADMIN', 'REJECTED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ChargeType" AS ENUM ('INITIAL', 'RECURRING', 'UNSCHEDULED');

-- CreateEnum
CREATE TYPE "ChargeStatus" AS ENUM ('PENDING', 'DUE', 'PROCESSING', 'RESERVED', 'CHARGED', 'PARTIALLY_CAPTURED', 'FAILED', 'CANCELLED', 'PARTIALLY_REFUNDED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "ChargeSendState" AS ENUM ('PLANNED', 'SENT', 'REJECTED');

-- CreateEnum
CREATE TYPE "OperationKind" AS ENUM ('UPDATE_AGREEMENT', 'STOP_AGREEMENT', 'CAPTURE_CHARGE', 'REFUND_CHARGE', 'CANCEL_CHARGE');

-- CreateEnum
CREATE TYPE "OperationStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('STAFF', 'CUSTOMER', 'SYSTEM');

-- CreateEnum
CREATE TYPE "ChecklistRunStatus" AS ENUM ('RUNNING', 'PASSED', 'FAILED');

-- CreateTable
CREATE TABLE "Merchant" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "supportEmail" TEXT,
    "supportPhone" TEXT,
    "supportUrl" TEXT,
    "termsUrl" TEXT,
    "defaultLocale" TEXT NOT NULL DEFAULT 'nb',
    "locales" TEXT[] DEFAULT ARRAY['nb', 'da', 'fi', 'en']::TEXT[],
    "activeEnvironment" "VippsEnvironment" NOT NULL DEFAULT 'TEST',
    "chargeLeadDays" INTEGER NOT NULL DEFAULT 3,
    "defaultRetryDays" INTEGER NOT NULL DEFAULT 3,
    "dunningEmailEnabled" BOOLEAN NOT NULL DEFAULT true,
    "dunningStopAfterFailures" INTEGER DEFAULT 3,
    "captureWarningDays" INTEGER NOT NULL DEFAULT 3,
    "refundAdminThreshold" INTEGER,
    "stopRequiresAdmin" BOOLEAN NOT NULL DEFAULT false,
    "onboardingCompletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Merchant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SalesUnit" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "environment" "VippsEnvironment" NOT NULL,
    "market" "Market" NOT NULL,
    "currency" "Currency" NOT NULL,
    "msn" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "clientIdEnc" TEXT NOT NULL,
    "clientSecretEnc" TEXT NOT NULL,
    "subscriptionKeyEnc" TEXT NOT NULL,
    "subscriptionKeyHint" TEXT NOT NULL,
    "allowUnscheduled" BOOLEAN NOT NULL DEFAULT false,
    "webhookId" TEXT,
    "webhookSecretEnc" TEXT,
    "webhookUrl" TEXT,
    "webhookRegisteredAt" TIMESTAMP(3),
    "connectionCheckedAt" TIMESTAMP(3),
    "connectionOk" BOOLEAN,
    "connectionError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SalesUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "ProductStatus" NOT NULL DEFAULT 'DRAFT',
    "pricingType" "PricingType" NOT NULL DEFAULT 'LEGACY',
    "intervalUnit" "IntervalUnit",
    "intervalCount" INTEGER,
    "transactionType" "TransactionType" NOT NULL DEFAULT 'DIRECT_CAPTURE',
    "retryDays" INTEGER NOT NULL DEFAULT 3,
    "campaignType" "CampaignType",
    "campaignEnd" TIMESTAMP(3),
    "campaignPeriodUnit" "IntervalUnit",
    "campaignPeriodCount" INTEGER,
    "campaignEventDate" TIMESTAMP(3),
    "campaignEventText" TEXT,
    "campaignIntervalUnit" "IntervalUnit",
    "campaignIntervalCount" INTEGER,
    "initialChargeDescription" TEXT,
    "initialChargeTransactionType" "TransactionType",
    "scope" TEXT,
    "planGroup" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "launchedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductPrice" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "market" "Market" NOT NULL,
    "currency" "Currency" NOT NULL,
    "amount" INTEGER,
    "suggestedMaxAmount" INTEGER,
    "campaignPrice" INTEGER,
    "initialChargeAmount" INTEGER,

    CONSTRAINT "ProductPrice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Customer" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "name" TEXT,
    "vippsSub" TEXT,
    "locale" TEXT,
    "market" "Market",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "merchantId" TEXT NOT NULL,
    "salesUnitId" TEXT NOT NULL,
    "customerId" TEXT,
    "productId" TEXT,
    "vippsAgreementId" TEXT,
    "vippsUuid" TEXT,
    "status" "AgreementStatus" NOT NULL DEFAULT 'PENDING',
    "market" "Market" NOT NULL,
    "currency" "Currency" NOT NULL,
    "pricingType" "PricingType" NOT NULL,
    "amount" INTEGER,
    "suggestedMaxAmount" INTEGER,
    "maxAmount" INTEGER,
    "intervalUnit" "IntervalUnit",
    "intervalCount" INTEGER,
    "productName" TEXT NOT NULL,
    "productDescription" TEXT,
    "transactionType" "TransactionType" NOT NULL,
    "retryDays" INTEGER NOT NULL,
    "campaignType" "CampaignType",
    "campaignPrice" INTEGER,
    "campaignEnd" TIMESTAMP(3),
    "campaignPeriodUnit" "IntervalUnit",
    "campaignPeriodCount" INTEGER,
    "campaignEventDate" TIMESTAMP(3),
    "campaignEventText" TEXT,
    "campaignExplanation" TEXT,
    "initialChargeAmount" INTEGER,
    "initialChargeDescription" TEXT,
    "initialChargeTransactionType" "TransactionType",
    "externalId" TEXT NOT NULL,
    "returnToken" TEXT NOT NULL,
    "draftIdempotencyKey" TEXT NOT NULL,
    "vippsConfirmationUrl" TEXT,
    "phoneNumber" TEXT,
    "scope" TEXT,
    "vippsSub" TEXT,
    "termsAcceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedAt" TIMESTAMP(3),
    "stoppedAt" TIMESTAMP(3),
    "stopActor" "StopActor",
    "stopCause" "StopCause",
    "stopReason" TEXT,
    "billingAnchor" DATE,
    "nextPeriodIndex" INTEGER NOT NULL DEFAULT 0,
    "nextChargeDate" DATE,
    "pausedUntil" DATE,
    "stopAt" TIMESTAMP(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastSyncedAt" TIMESTAMP(3),
    "nextPollAt" TIMESTAMP(3),
    "pollAttempts" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "customerId" TEXT,
    "orderId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "type" "ChargeType" NOT NULL,
    "status" "ChargeStatus" NOT NULL DEFAULT 'PENDING',
    "sendState" "ChargeSendState" NOT NULL DEFAULT 'PLANNED',
    "transactionType" "TransactionType" NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL,
    "description" TEXT NOT NULL,
    "due" DATE,
    "retryDays" INTEGER,
    "periodIndex" INTEGER,
    "periodStart" DATE,
    "periodEnd" DATE,
    "capturedAmount" INTEGER NOT NULL DEFAULT 0,
    "refundedAmount" INTEGER NOT NULL DEFAULT 0,
    "cancelledAmount" INTEGER NOT NULL DEFAULT 0,
    "failureReason" TEXT,
    "failureDescription" TEXT,
    "externalId" TEXT,
    "transactionId" TEXT,
    "history" JSONB,
    "creationProblem" JSONB,
    "captureDeadline" TIMESTAMP(3),
    "captureWarnedAt" TIMESTAMP(3),
    "dunningNotifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastSyncedAt" TIMESTAMP(3),
    "nextPollAt" TIMESTAMP(3),

    CONSTRAINT "Charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VippsOperation" (
    "id" TEXT NOT NULL,
    "kind" "OperationKind" NOT NULL,
    "status" "OperationStatus" NOT NULL DEFAULT 'PENDING',
    "idempotencyKey" TEXT NOT NULL,
    "salesUnitId" TEXT NOT NULL,
    "agreementId" TEXT,
    "chargeId" TEXT,
    "orderId" TEXT,
    "amount" INTEGER,
    "request" JSONB NOT NULL,
    "problem" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "VippsOperation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VippsCall" (
    "id" TEXT NOT NULL,
    "salesUnitId" TEXT,
    "requestId" TEXT,
    "operation" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "orderId" TEXT,
    "agreementId" TEXT,
    "idempotencyKey" TEXT,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "requestHeaders" JSONB NOT NULL,
    "requestBody" JSONB,
    "status" INTEGER,
    "responseBody" JSONB,
    "problemType" TEXT,
    "problem" JSONB,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VippsCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "identity" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "msn" TEXT,
    "agreementId" TEXT,
    "chargeId" TEXT,
    "actor" TEXT,
    "occurred" TIMESTAMP(3),
    "payload" JSONB NOT NULL,
    "deliveries" INTEGER NOT NULL DEFAULT 1,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "processError" TEXT,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "customerId" TEXT,
    "agreementId" TEXT,
    "chargeId" TEXT,
    "reason" TEXT,
    "before" JSONB,
    "after" JSONB,
    "orderId" TEXT,
    "idempotencyKey" TEXT,
    "requestId" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistRun" (
    "id" TEXT NOT NULL,
    "salesUnitId" TEXT NOT NULL,
    "status" "ChecklistRunStatus" NOT NULL DEFAULT 'RUNNING',
    "steps" JSONB NOT NULL,
    "error" TEXT,
    "startedById" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ChecklistRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Email" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "kind" TEXT NOT NULL,
    "customerId" TEXT,
    "userId" TEXT,
    "sentAt" TIMESTAMP(3),
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Email_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'CUSTOMER',
    "passwordHash" TEXT,
    "customerId" TEXT,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "invitedById" TEXT,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ClockOffset" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "offsetMs" BIGINT NOT NULL,

    CONSTRAINT "ClockOffset_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SalesUnit_merchantId_idx" ON "SalesUnit"("merchantId");

-- CreateIndex
CREATE UNIQUE INDEX "SalesUnit_environment_msn_key" ON "SalesUnit"("environment", "msn");

-- CreateIndex
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");

-- CreateIndex
CREATE INDEX "Product_merchantId_status_idx" ON "Product"("merchantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProductPrice_productId_market_key" ON "ProductPrice"("productId", "market");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_phone_key" ON "Customer"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_email_key" ON "Customer"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Customer_vippsSub_key" ON "Customer"("vippsSub");

-- CreateIndex
CREATE INDEX "Customer_merchantId_createdAt_idx" ON "Customer"("merchantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_vippsAgreementId_key" ON "Agreement"("vippsAgreementId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_externalId_key" ON "Agreement"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_returnToken_key" ON "Agreement"("returnToken");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_draftIdempotencyKey_key" ON "Agreement"("draftIdempotencyKey");

-- CreateIndex
CREATE INDEX "Agreement_status_nextChargeDate_idx" ON "Agreement"("status", "nextChargeDate");

-- CreateIndex
CREATE INDEX "Agreement_customerId_createdAt_idx" ON "Agreement"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Agreement_status_createdAt_idx" ON "Agreement"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Agreement_nextPollAt_idx" ON "Agreement"("nextPollAt");

-- CreateIndex
CREATE INDEX "Agreement_stopAt_idx" ON "Agreement"("stopAt");

-- CreateIndex
CREATE INDEX "Agreement_productId_idx" ON "Agreement"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "Charge_orderId_key" ON "Charge"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Charge_idempotencyKey_key" ON "Charge"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Charge_customerId_createdAt_idx" ON "Charge"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Charge_agreementId_createdAt_idx" ON "Charge"("agreementId", "createdAt");

-- CreateIndex
CREATE INDEX "Charge_status_due_idx" ON "Charge"("status", "due");

-- CreateIndex
CREATE INDEX "Charge_sendState_createdAt_idx" ON "Charge"("sendState", "createdAt");

-- CreateIndex
CREATE INDEX "Charge_nextPollAt_idx" ON "Charge"("nextPollAt");

-- CreateIndex
CREATE INDEX "Charge_externalId_idx" ON "Charge"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Charge_agreementId_periodIndex_key" ON "Charge"("agreementId", "periodIndex");

-- CreateIndex
CREATE UNIQUE INDEX "VippsOperation_idempotencyKey_key" ON "VippsOperation"("idempotencyKey");

-- CreateIndex
CREATE INDEX "VippsOperation_status_updatedAt_idx" ON "VippsOperation"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "VippsOperation_chargeId_idx" ON "VippsOperation"("chargeId");

-- CreateIndex
CREATE INDEX "VippsOperation_agreementId_idx" ON "VippsOperation"("agreementId");

-- CreateIndex
CREATE INDEX "VippsCall_createdAt_idx" ON "VippsCall"("createdAt");

-- CreateIndex
CREATE INDEX "VippsCall_orderId_idx" ON "VippsCall"("orderId");

-- CreateIndex
CREATE INDEX "VippsCall_agreementId_createdAt_idx" ON "VippsCall"("agreementId", "createdAt");

-- CreateIndex
CREATE INDEX "VippsCall_idempotencyKey_idx" ON "VippsCall"("idempotencyKey");

-- CreateIndex
CREATE INDEX "VippsCall_operation_status_idx" ON "VippsCall"("operation", "status");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_identity_key" ON "WebhookEvent"("identity");

-- CreateIndex
CREATE INDEX "WebhookEvent_agreementId_receivedAt_idx" ON "WebhookEvent"("agreementId", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_chargeId_idx" ON "WebhookEvent"("chargeId");

-- CreateIndex
CREATE INDEX "WebhookEvent_processedAt_idx" ON "WebhookEvent"("processedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_receivedAt_idx" ON "WebhookEvent"("receivedAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_customerId_createdAt_idx" ON "AuditEvent"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_agreementId_createdAt_idx" ON "AuditEvent"("agreementId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_chargeId_idx" ON "AuditEvent"("chargeId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "ChecklistRun_salesUnitId_startedAt_idx" ON "ChecklistRun"("salesUnitId", "startedAt");

-- CreateIndex
CREATE INDEX "Email_to_createdAt_idx" ON "Email"("to", "createdAt");

-- CreateIndex
CREATE INDEX "Email_createdAt_idx" ON "Email"("createdAt");

-- CreateIndex
CREATE INDEX "Email_kind_createdAt_idx" ON "Email"("kind", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_customerId_key" ON "User"("customerId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- AddForeignKey
ALTER TABLE "SalesUnit" ADD CONSTRAINT "SalesUnit_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductPrice" ADD CONSTRAINT "ProductPrice_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_salesUnitId_fkey" FOREIGN KEY ("salesUnitId") REFERENCES "SalesUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VippsOperation" ADD CONSTRAINT "VippsOperation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VippsOperation" ADD CONSTRAINT "VippsOperation_chargeId_fkey" FOREIGN KEY ("chargeId") REFERENCES "Charge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistRun" ADD CONSTRAINT "ChecklistRun_salesUnitId_fkey" FOREIGN KEY ("salesUnitId") REFERENCES "SalesUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
