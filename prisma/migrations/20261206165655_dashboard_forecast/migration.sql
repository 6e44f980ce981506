-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "forecastDay" DATE,
ADD COLUMN     "forecastEarliest" DATE,
ADD COLUMN     "forecastStale" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ForecastCharge" (
    "agreementId" TEXT NOT NULL,
    "periodIndex" INTEGER NOT NULL,
    "due" DATE NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL,
    "environment" "VippsEnvironment" NOT NULL,
    "computedDay" DATE NOT NULL,
    "computedEarliest" DATE NOT NULL,

    CONSTRAINT "ForecastCharge_pkey" PRIMARY KEY ("agreementId","periodIndex")
);

-- CreateTable
CREATE TABLE "ForecastDaily" (
    "environment" "VippsEnvironment" NOT NULL,
    "computedDay" DATE NOT NULL,
    "computedEarliest" DATE NOT NULL,
    "due" DATE NOT NULL,
    "currency" "Currency" NOT NULL,
    "amount" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ForecastDaily_pkey" PRIMARY KEY ("environment","computedDay","computedEarliest","due","currency")
);

-- CreateIndex
CREATE INDEX "Agreement_forecastStale_idx" ON "Agreement"("forecastStale");

-- CreateIndex
CREATE INDEX "Agreement_forecastDay_forecastEarliest_idx" ON "Agreement"("forecastDay", "forecastEarliest");

-- AddForeignKey
ALTER TABLE "ForecastCharge" ADD CONSTRAINT "ForecastCharge_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Staleness whatever writes the agreement (the app, a script, raw SQL): a change to any column the
-- billing calendar reads (TCalendarColumns in lib/server/agreements/billing-plan.ts), or to what puts
-- the agreement in the dashboard's scope (status, customer, isTest, sales unit, currency), marks its
-- forecast stale; forecast.refresh recomputes it and clears the flag.
CREATE FUNCTION "agreement_forecast_stale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD."status", OLD."customerId", OLD."isTest", OLD."salesUnitId", OLD."currency",
      OLD."pricingType", OLD."amount", OLD."suggestedMaxAmount", OLD."maxAmount",
      OLD."intervalUnit", OLD."intervalCount", OLD."billingAnchor", OLD."anchorPeriodIndex",
      OLD."nextPeriodIndex", OLD."pausedUntil", OLD."stopAt", OLD."campaignType", OLD."campaignPrice",
      OLD."campaignEnd", OLD."campaignEventDate", OLD."campaignPeriodUnit", OLD."campaignPeriodCount",
      OLD."campaignEndPeriod", OLD."nextChargeDate")
     IS DISTINCT FROM
     (NEW."status", NEW."customerId", NEW."isTest", NEW."salesUnitId", NEW."currency",
      NEW."pricingType", NEW."amount", NEW."suggestedMaxAmount", NEW."maxAmount",
      NEW."intervalUnit", NEW."intervalCount", NEW."billingAnchor", NEW."anchorPeriodIndex",
      NEW."nextPeriodIndex", NEW."pausedUntil", NEW."stopAt", NEW."campaignType", NEW."campaignPrice",
      NEW."campaignEnd", NEW."campaignEventDate", NEW."campaignPeriodUnit", NEW."campaignPeriodCount",
      NEW."campaignEndPeriod", NEW."nextChargeDate") THEN
    NEW."forecastStale" := true;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "agreement_forecast_stale" BEFORE UPDATE ON "Agreement"
  FOR EACH ROW EXECUTE FUNCTION "agreement_forecast_stale"();
