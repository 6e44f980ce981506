"use client";

import { Card } from "@/components/ui/card";
import { CheckboxField, Field, FieldGroup, SelectField, TextareaField } from "@/components/ui/form-controls";
import { CURRENCY_OF_MARKET } from "@/lib/domain/money";
import { LIMITS, MARKETS, SCOPES, SUGGESTED_MAX_CAP, type TProductForm } from "@/lib/domain/product-rules";
import { STANDARD_VAT_RATE, vatRateText } from "@/lib/domain/receipts";
import type { IntervalUnit, PricingType } from "@/lib/generated/prisma/enums";
import type { TSetForm, TSetPrice } from "./product-form";

type TSection = { form: TProductForm; setForm: TSetForm; errors: Record<string, string> };
type TPriced = TSection & { setPrice: TSetPrice };

const MARKET_LABEL = {
  NO: "Norway (NOK, Vipps)",
  DK: "Denmark (DKK, MobilePay)",
  FI: "Finland (EUR, MobilePay)",
} as const;
const COUNTRY = { NO: "Norway", DK: "Denmark", FI: "Finland" } as const;
const UNIT_OPTIONS = [
  { value: "DAY", label: "Days" },
  { value: "WEEK", label: "Weeks" },
  { value: "MONTH", label: "Months" },
  { value: "YEAR", label: "Years" },
];
const TRANSACTION_OPTIONS = [
  { value: "DIRECT_CAPTURE", label: "Direct capture: money is taken on the due date" },
  { value: "RESERVE_CAPTURE", label: "Reserve, then capture on delivery (physical goods)" },
];
const PROCESSING_OPTIONS = [
  { value: "MULTIPLE_ATTEMPTS", label: "Retry a failed payment for the retry days (recommended)" },
  { value: "SINGLE_ATTEMPT", label: "One attempt only: a failed payment fails at once (retry days 0)" },
];
const PLAN_CHANGE_OPTIONS = [
  { value: "KEEP", label: "Keep the campaign: its price until it ends, then the new plan's" },
  { value: "END", label: "End the campaign: the new plan's price from the next payment" },
  { value: "BLOCK", label: "No plan changes while the campaign runs" },
];
const count = (text: string, max: number) => `${text.trim().length} of ${max} characters`;
const enabledMarkets = (form: TProductForm) => MARKETS.filter((m) => form.prices[m].enabled);

export function BasicsSection({ form, setForm, errors, onSlugEdit }: TSection & { onSlugEdit: () => void }) {
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">Product</h2>
      <Field
        label="Name"
        value={form.name}
        onChange={(e) => setForm({ name: e.target.value })}
        error={errors.name}
        hint={`The agreement's title in the app · ${count(form.name, LIMITS.name)}`}
      />
      <TextareaField
        label="Description"
        value={form.description}
        onChange={(e) => setForm({ description: e.target.value })}
        error={errors.description}
        hint={`Optional, shown under the name · ${count(form.description, LIMITS.description)}`}
      />
      <Field
        label="Page address"
        value={form.slug}
        onChange={(e) => {
          onSlugEdit();
          setForm({ slug: e.target.value });
        }}
        error={errors.slug}
        hint={`/products/${form.slug || "…"}`}
      />
    </Card>
  );
}

export function PricingSection({
  form,
  setForm,
  setPrice,
  errors,
  lockedPricingType,
}: TPriced & { lockedPricingType: PricingType | null }) {
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">Price and interval</h2>
      <SelectField
        label="Pricing type"
        value={form.pricingType}
        disabled={Boolean(lockedPricingType)}
        error={errors.pricingType}
        hint={
          lockedPricingType
            ? "Customers have agreements on this product, and Vipps never changes an agreement's pricing type."
            : "Fixed prices can have campaigns; variable and flexible prices cannot."
        }
        onChange={(e) => {
          const pricingType = e.target.value as PricingType;
          setForm({ pricingType, ...(pricingType === "LEGACY" ? {} : { campaignType: "" as const }) });
        }}
        options={[
          { value: "LEGACY", label: "Fixed price" },
          { value: "VARIABLE", label: "Variable: the customer approves a maximum" },
          { value: "FLEXIBLE", label: "Flexible: any amount, e.g. by usage" },
        ]}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Interval"
          value={form.intervalUnit}
          error={errors.intervalUnit}
          onChange={(e) => setForm({ intervalUnit: e.target.value as IntervalUnit | "" })}
          options={[{ value: "", label: "None: charged when used" }, ...UNIT_OPTIONS]}
        />
        {form.intervalUnit ? (
          <Field
            label="Interval length"
            inputMode="numeric"
            value={form.intervalCount}
            onChange={(e) => setForm({ intervalCount: e.target.value })}
            error={errors.intervalCount}
            hint="1 to 31, e.g. 3 months"
          />
        ) : null}
      </div>
      <FieldGroup legend="Markets and prices" error={errors.markets}>
        {MARKETS.map((market) => {
          const price = form.prices[market];
          const currency = CURRENCY_OF_MARKET[market];
          return (
            <div key={market} className="flex flex-col gap-2 rounded-lg border border-neutral-200 p-3">
              <CheckboxField
                label={`Sell in ${MARKET_LABEL[market]}`}
                checked={price.enabled}
                onChange={(e) => setPrice(market, { enabled: e.target.checked })}
              />
              {price.enabled && form.pricingType === "LEGACY" ? (
                <Field
                  label={`Price per interval (${currency})`}
                  inputMode="decimal"
                  value={price.amount}
                  onChange={(e) => setPrice(market, { amount: e.target.value })}
                  error={errors[`prices.${market}.amount`]}
                  hint="At least 1.00"
                />
              ) : null}
              {price.enabled && form.pricingType === "VARIABLE" ? (
                <Field
                  label={`Suggested maximum (${currency})`}
                  inputMode="decimal"
                  value={price.suggestedMaxAmount}
                  onChange={(e) => setPrice(market, { suggestedMaxAmount: e.target.value })}
                  error={errors[`prices.${market}.suggestedMaxAmount`]}
                  hint={`1.00 to ${(SUGGESTED_MAX_CAP[currency] / 100).toLocaleString("en-GB")}`}
                />
              ) : null}
              {price.enabled && form.pricingType === "FLEXIBLE" ? (
                <p className="text-sm text-neutral-700">No fixed amount: you charge what was used.</p>
              ) : null}
              {price.enabled ? (
                <Field
                  label={`VAT rate, ${COUNTRY[market]} (%)`}
                  inputMode="decimal"
                  value={price.vatRate ?? ""}
                  onChange={(e) => setPrice(market, { vatRate: e.target.value })}
                  error={errors[`prices.${market}.vatRate`]}
                  hint={`Prices include it; the standard rate is ${vatRateText(STANDARD_VAT_RATE[market])} %. Shown on receipts.`}
                />
              ) : null}
            </div>
          );
        })}
      </FieldGroup>
    </Card>
  );
}

export function CampaignSection({ form, setForm, setPrice, errors }: TPriced) {
  const legacy = form.pricingType === "LEGACY";
  const type = form.campaignType;
  const startTrial = () => {
    setForm({ campaignType: "PERIOD_CAMPAIGN", campaignPeriodUnit: "DAY", campaignPeriodCount: "14" });
    for (const market of enabledMarkets(form)) setPrice(market, { campaignPrice: "1" });
  };
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">Campaign or trial</h2>
      <SelectField
        label="Campaign"
        value={type}
        disabled={!legacy}
        error={errors.campaignType}
        hint={
          legacy
            ? "A lower price for a while; the app explains when the ordinary price starts."
            : "Campaigns are only possible with a fixed price (Vipps rule)."
        }
        onChange={(e) => setForm({ campaignType: e.target.value as TProductForm["campaignType"] })}
        options={[
          { value: "", label: "No campaign" },
          { value: "PRICE_CAMPAIGN", label: "Price campaign: lower price until a date" },
          { value: "PERIOD_CAMPAIGN", label: "Period campaign: one price for a first period (trials)" },
          { value: "EVENT_CAMPAIGN", label: "Event campaign: lower price until an event" },
          { value: "FULL_FLEX_CAMPAIGN", label: "Full-flex campaign: other price and interval until a date" },
        ]}
      />
      {legacy && !type ? (
        <div>
          <button type="button" className="min-h-11 text-sm font-medium underline" onClick={startTrial}>
            Offer a free-feeling trial: 14 days for 1.00
          </button>
        </div>
      ) : null}
      {legacy && (type === "PRICE_CAMPAIGN" || type === "FULL_FLEX_CAMPAIGN") ? (
        <Field
          label="Campaign ends on"
          type="date"
          value={form.campaignEnd}
          onChange={(e) => setForm({ campaignEnd: e.target.value })}
          error={errors.campaignEnd}
        />
      ) : null}
      {legacy && type === "PERIOD_CAMPAIGN" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Campaign period unit"
            value={form.campaignPeriodUnit}
            onChange={(e) => setForm({ campaignPeriodUnit: e.target.value as IntervalUnit | "" })}
            error={errors.campaignPeriodUnit}
            options={[{ value: "", label: "Choose…" }, ...UNIT_OPTIONS]}
          />
          <Field
            label="Campaign period length"
            inputMode="numeric"
            value={form.campaignPeriodCount}
            onChange={(e) => setForm({ campaignPeriodCount: e.target.value })}
            error={errors.campaignPeriodCount}
            hint="1 to 31"
          />
        </div>
      ) : null}
      {legacy && type === "FULL_FLEX_CAMPAIGN" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Campaign interval unit"
            value={form.campaignIntervalUnit}
            onChange={(e) => setForm({ campaignIntervalUnit: e.target.value as IntervalUnit | "" })}
            error={errors.campaignIntervalUnit}
            options={[{ value: "", label: "Choose…" }, ...UNIT_OPTIONS]}
          />
          <Field
            label="Campaign interval length"
            inputMode="numeric"
            value={form.campaignIntervalCount}
            onChange={(e) => setForm({ campaignIntervalCount: e.target.value })}
            error={errors.campaignIntervalCount}
            hint="1 to 31"
          />
        </div>
      ) : null}
      {legacy && type === "EVENT_CAMPAIGN" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Event date"
            type="date"
            value={form.campaignEventDate}
            onChange={(e) => setForm({ campaignEventDate: e.target.value })}
            error={errors.campaignEventDate}
          />
          <Field
            label="Event text"
            value={form.campaignEventText}
            onChange={(e) => setForm({ campaignEventText: e.target.value })}
            error={errors.campaignEventText}
            hint="Starts lower-case: “… until christmas”"
          />
        </div>
      ) : null}
      {legacy && type
        ? enabledMarkets(form).map((market) => (
            <Field
              key={market}
              label={`Campaign price (${CURRENCY_OF_MARKET[market]})`}
              inputMode="decimal"
              value={form.prices[market].campaignPrice}
              onChange={(e) => setPrice(market, { campaignPrice: e.target.value })}
              error={errors[`prices.${market}.campaignPrice`]}
            />
          ))
        : null}
    </Card>
  );
}

export function InitialChargeSection({ form, setForm, setPrice, errors }: TPriced) {
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">Initial charge</h2>
      <CheckboxField
        label="Take a payment when the customer signs up"
        checked={form.initialCharge}
        onChange={(e) => setForm({ initialCharge: e.target.checked })}
        hint="E.g. the first period of a trial, or a device sent at the start."
      />
      {form.initialCharge ? (
        <>
          <Field
            label="Initial charge description"
            value={form.initialChargeDescription}
            onChange={(e) => setForm({ initialChargeDescription: e.target.value })}
            error={errors.initialChargeDescription}
            hint={`Shown in the app · ${count(form.initialChargeDescription, LIMITS.initialChargeDescription)}`}
          />
          <SelectField
            label="Initial charge capture"
            value={form.initialChargeTransactionType}
            onChange={(e) =>
              setForm({ initialChargeTransactionType: e.target.value as TProductForm["transactionType"] })
            }
            error={errors.initialChargeTransactionType}
            options={TRANSACTION_OPTIONS}
          />
          {enabledMarkets(form).map((market) => (
            <Field
              key={market}
              label={`Initial charge amount (${CURRENCY_OF_MARKET[market]})`}
              inputMode="decimal"
              value={form.prices[market].initialChargeAmount}
              onChange={(e) => setPrice(market, { initialChargeAmount: e.target.value })}
              error={errors[`prices.${market}.initialChargeAmount`]}
            />
          ))}
        </>
      ) : null}
    </Card>
  );
}

export function BillingSection({ form, setForm, errors }: TSection) {
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">Billing</h2>
      <SelectField
        label="Capture mode"
        value={form.transactionType}
        onChange={(e) => setForm({ transactionType: e.target.value as TProductForm["transactionType"] })}
        error={errors.transactionType}
        options={TRANSACTION_OPTIONS}
      />
      <Field
        label="Retry days"
        inputMode="numeric"
        value={form.retryDays}
        onChange={(e) => setForm({ retryDays: e.target.value })}
        error={errors.retryDays}
        hint="0 to 14: how many days Vipps keeps trying a failed payment"
      />
      <SelectField
        label="Payment attempts"
        value={form.processingMode}
        onChange={(e) => setForm({ processingMode: e.target.value as TProductForm["processingMode"] })}
        error={errors.processingMode}
        options={PROCESSING_OPTIONS}
        hint="Sent to Vipps as processingMode with each charge; a single attempt needs retry days 0."
      />
      <FieldGroup
        legend="Profile data the customer shares"
        error={errors.scope}
        hint="Asked for once, at sign-up."
      >
        <div className="grid gap-x-4 sm:grid-cols-3">
          {SCOPES.map((scope) => (
            <CheckboxField
              key={scope}
              label={scope}
              checked={form.scope.includes(scope)}
              onChange={(e) =>
                setForm({
                  scope: e.target.checked ? [...form.scope, scope] : form.scope.filter((s) => s !== scope),
                })
              }
            />
          ))}
        </div>
      </FieldGroup>
      <Field
        label="Plan group"
        value={form.planGroup}
        onChange={(e) => setForm({ planGroup: e.target.value })}
        error={errors.planGroup}
        hint="Optional: customers can switch between products of the same group."
      />
      <SelectField
        label="A change of plan during a campaign"
        value={form.planChangeCampaign}
        onChange={(e) =>
          setForm({ planChangeCampaign: e.target.value as TProductForm["planChangeCampaign"] })
        }
        error={errors.planChangeCampaign}
        options={PLAN_CHANGE_OPTIONS}
        hint="Vipps rule: a campaign cannot be changed after sign-up, so the app keeps showing its offer text. Keeping it matches that text; ending it bills the new price at once while the app still shows the offer; or no change until it ends."
      />
    </Card>
  );
}
