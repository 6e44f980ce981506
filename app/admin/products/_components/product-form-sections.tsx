"use client";

import { Card } from "@/components/ui/card";
import { CheckboxField, Field, FieldGroup, SelectField, TextareaField } from "@/components/ui/form-controls";
import { CURRENCY_OF_MARKET } from "@/lib/domain/money";
import { LIMITS, MARKETS, SCOPES, SUGGESTED_MAX_CAP, type TProductForm } from "@/lib/domain/product-rules";
import { STANDARD_VAT_RATE, vatRateText } from "@/lib/domain/receipts";
import type { IntervalUnit, PricingType } from "@/lib/generated/prisma/enums";
import { format } from "@/lib/i18n/translator";
import type { TProductFormMessages, TSetForm, TSetPrice } from "./product-form";

type TSection = {
  form: TProductForm;
  setForm: TSetForm;
  errors: Record<string, string>;
  m: TProductFormMessages;
};
type TPriced = TSection & { setPrice: TSetPrice };

const UNITS = ["DAY", "WEEK", "MONTH", "YEAR"] as const;
const unitOptions = (m: TProductFormMessages) => UNITS.map((value) => ({ value, label: m.units[value] }));
const transactionOptions = (m: TProductFormMessages) =>
  (["DIRECT_CAPTURE", "RESERVE_CAPTURE"] as const).map((value) => ({
    value,
    label: m.transactionTypes[value],
  }));
/** "12 of 100 characters", in the staff member's language. */
export const characters = (m: { characters: string }, text: string, max: number) =>
  format(m.characters, { count: text.trim().length, max });
const enabledMarkets = (form: TProductForm) => MARKETS.filter((m) => form.prices[m].enabled);

export function BasicsSection({
  form,
  setForm,
  errors,
  m,
  onSlugEdit,
}: TSection & { onSlugEdit: () => void }) {
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">{m.basics.title}</h2>
      <Field
        label={m.basics.name}
        value={form.name}
        onChange={(e) => setForm({ name: e.target.value })}
        error={errors.name}
        hint={format(m.basics.nameHint, { count: characters(m, form.name, LIMITS.name) })}
      />
      <TextareaField
        label={m.basics.description}
        value={form.description}
        onChange={(e) => setForm({ description: e.target.value })}
        error={errors.description}
        hint={format(m.basics.descriptionHint, {
          count: characters(m, form.description, LIMITS.description),
        })}
      />
      <Field
        label={m.basics.slug}
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
  m,
  lockedPricingType,
  intl,
}: TPriced & { lockedPricingType: PricingType | null; intl: string }) {
  const p = m.pricing;
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">{p.title}</h2>
      <SelectField
        label={p.pricingType}
        value={form.pricingType}
        disabled={Boolean(lockedPricingType)}
        error={errors.pricingType}
        hint={lockedPricingType ? p.lockedHint : p.typeHint}
        onChange={(e) => {
          const pricingType = e.target.value as PricingType;
          setForm({ pricingType, ...(pricingType === "LEGACY" ? {} : { campaignType: "" as const }) });
        }}
        options={(["LEGACY", "VARIABLE", "FLEXIBLE"] as const).map((value) => ({
          value,
          label: p.types[value],
        }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={p.interval}
          value={form.intervalUnit}
          error={errors.intervalUnit}
          onChange={(e) => setForm({ intervalUnit: e.target.value as IntervalUnit | "" })}
          options={[{ value: "", label: p.noInterval }, ...unitOptions(m)]}
        />
        {form.intervalUnit ? (
          <Field
            label={p.intervalLength}
            inputMode="numeric"
            value={form.intervalCount}
            onChange={(e) => setForm({ intervalCount: e.target.value })}
            error={errors.intervalCount}
            hint={p.intervalLengthHint}
          />
        ) : null}
      </div>
      <FieldGroup legend={p.markets} error={errors.markets}>
        {MARKETS.map((market) => {
          const price = form.prices[market];
          const currency = CURRENCY_OF_MARKET[market];
          return (
            <div key={market} className="flex flex-col gap-2 rounded-lg border border-neutral-200 p-3">
              <CheckboxField
                label={format(p.sellIn, { market: p.marketLabels[market] })}
                checked={price.enabled}
                onChange={(e) => setPrice(market, { enabled: e.target.checked })}
              />
              {price.enabled && form.pricingType === "LEGACY" ? (
                <Field
                  label={format(p.price, { currency })}
                  inputMode="decimal"
                  value={price.amount}
                  onChange={(e) => setPrice(market, { amount: e.target.value })}
                  error={errors[`prices.${market}.amount`]}
                  hint={p.priceHint}
                />
              ) : null}
              {price.enabled && form.pricingType === "VARIABLE" ? (
                <Field
                  label={format(p.suggestedMax, { currency })}
                  inputMode="decimal"
                  value={price.suggestedMaxAmount}
                  onChange={(e) => setPrice(market, { suggestedMaxAmount: e.target.value })}
                  error={errors[`prices.${market}.suggestedMaxAmount`]}
                  hint={format(p.suggestedMaxHint, {
                    max: (SUGGESTED_MAX_CAP[currency] / 100).toLocaleString(intl),
                  })}
                />
              ) : null}
              {price.enabled && form.pricingType === "FLEXIBLE" ? (
                <p className="text-sm text-neutral-700">{p.flexibleNote}</p>
              ) : null}
              {price.enabled ? (
                <Field
                  label={format(p.vatRate, { country: m.countries[market] })}
                  inputMode="decimal"
                  value={price.vatRate ?? ""}
                  onChange={(e) => setPrice(market, { vatRate: e.target.value })}
                  error={errors[`prices.${market}.vatRate`]}
                  hint={format(p.vatRateHint, { rate: vatRateText(STANDARD_VAT_RATE[market]) })}
                />
              ) : null}
            </div>
          );
        })}
      </FieldGroup>
    </Card>
  );
}

export function CampaignSection({ form, setForm, setPrice, errors, m }: TPriced) {
  const c = m.campaign;
  const legacy = form.pricingType === "LEGACY";
  const type = form.campaignType;
  const startTrial = () => {
    setForm({ campaignType: "PERIOD_CAMPAIGN", campaignPeriodUnit: "DAY", campaignPeriodCount: "14" });
    for (const market of enabledMarkets(form)) setPrice(market, { campaignPrice: "1" });
  };
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">{c.title}</h2>
      <SelectField
        label={c.campaign}
        value={type}
        disabled={!legacy}
        error={errors.campaignType}
        hint={legacy ? c.legacyHint : c.notLegacyHint}
        onChange={(e) => setForm({ campaignType: e.target.value as TProductForm["campaignType"] })}
        options={[
          { value: "", label: c.none },
          ...(["PRICE_CAMPAIGN", "PERIOD_CAMPAIGN", "EVENT_CAMPAIGN", "FULL_FLEX_CAMPAIGN"] as const).map(
            (value) => ({ value, label: c.types[value] }),
          ),
        ]}
      />
      {legacy && !type ? (
        <div>
          <button type="button" className="min-h-11 text-sm font-medium underline" onClick={startTrial}>
            {c.trial}
          </button>
        </div>
      ) : null}
      {legacy && (type === "PRICE_CAMPAIGN" || type === "FULL_FLEX_CAMPAIGN") ? (
        <Field
          label={c.endsOn}
          type="date"
          value={form.campaignEnd}
          onChange={(e) => setForm({ campaignEnd: e.target.value })}
          error={errors.campaignEnd}
        />
      ) : null}
      {legacy && type === "PERIOD_CAMPAIGN" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={c.periodUnit}
            value={form.campaignPeriodUnit}
            onChange={(e) => setForm({ campaignPeriodUnit: e.target.value as IntervalUnit | "" })}
            error={errors.campaignPeriodUnit}
            options={[{ value: "", label: m.choose }, ...unitOptions(m)]}
          />
          <Field
            label={c.periodLength}
            inputMode="numeric"
            value={form.campaignPeriodCount}
            onChange={(e) => setForm({ campaignPeriodCount: e.target.value })}
            error={errors.campaignPeriodCount}
            hint={m.oneTo31}
          />
        </div>
      ) : null}
      {legacy && type === "FULL_FLEX_CAMPAIGN" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={c.intervalUnit}
            value={form.campaignIntervalUnit}
            onChange={(e) => setForm({ campaignIntervalUnit: e.target.value as IntervalUnit | "" })}
            error={errors.campaignIntervalUnit}
            options={[{ value: "", label: m.choose }, ...unitOptions(m)]}
          />
          <Field
            label={c.intervalLength}
            inputMode="numeric"
            value={form.campaignIntervalCount}
            onChange={(e) => setForm({ campaignIntervalCount: e.target.value })}
            error={errors.campaignIntervalCount}
            hint={m.oneTo31}
          />
        </div>
      ) : null}
      {legacy && type === "EVENT_CAMPAIGN" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={c.eventDate}
            type="date"
            value={form.campaignEventDate}
            onChange={(e) => setForm({ campaignEventDate: e.target.value })}
            error={errors.campaignEventDate}
          />
          <Field
            label={c.eventText}
            value={form.campaignEventText}
            onChange={(e) => setForm({ campaignEventText: e.target.value })}
            error={errors.campaignEventText}
            hint={c.eventTextHint}
          />
        </div>
      ) : null}
      {legacy && type
        ? enabledMarkets(form).map((market) => (
            <Field
              key={market}
              label={format(c.price, { currency: CURRENCY_OF_MARKET[market] })}
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

export function InitialChargeSection({ form, setForm, setPrice, errors, m }: TPriced) {
  const i = m.initial;
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">{i.title}</h2>
      <CheckboxField
        label={i.take}
        checked={form.initialCharge}
        onChange={(e) => setForm({ initialCharge: e.target.checked })}
        hint={i.takeHint}
      />
      {form.initialCharge ? (
        <>
          <Field
            label={i.description}
            value={form.initialChargeDescription}
            onChange={(e) => setForm({ initialChargeDescription: e.target.value })}
            error={errors.initialChargeDescription}
            hint={format(i.descriptionHint, {
              count: characters(m, form.initialChargeDescription, LIMITS.initialChargeDescription),
            })}
          />
          <SelectField
            label={i.capture}
            value={form.initialChargeTransactionType}
            onChange={(e) =>
              setForm({ initialChargeTransactionType: e.target.value as TProductForm["transactionType"] })
            }
            error={errors.initialChargeTransactionType}
            options={transactionOptions(m)}
          />
          {enabledMarkets(form).map((market) => (
            <Field
              key={market}
              label={format(i.amount, { currency: CURRENCY_OF_MARKET[market] })}
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

export function BillingSection({ form, setForm, errors, m }: TSection) {
  const b = m.billing;
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">{b.title}</h2>
      <SelectField
        label={b.captureMode}
        value={form.transactionType}
        onChange={(e) => setForm({ transactionType: e.target.value as TProductForm["transactionType"] })}
        error={errors.transactionType}
        options={transactionOptions(m)}
      />
      <Field
        label={b.retryDays}
        inputMode="numeric"
        value={form.retryDays}
        onChange={(e) => setForm({ retryDays: e.target.value })}
        error={errors.retryDays}
        hint={b.retryDaysHint}
      />
      <SelectField
        label={b.attempts}
        value={form.processingMode}
        onChange={(e) => setForm({ processingMode: e.target.value as TProductForm["processingMode"] })}
        error={errors.processingMode}
        options={(["MULTIPLE_ATTEMPTS", "SINGLE_ATTEMPT"] as const).map((value) => ({
          value,
          label: b.processingModes[value],
        }))}
        hint={b.attemptsHint}
      />
      <FieldGroup legend={b.scope} error={errors.scope} hint={b.scopeHint}>
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
        label={b.planGroup}
        value={form.planGroup}
        onChange={(e) => setForm({ planGroup: e.target.value })}
        error={errors.planGroup}
        hint={b.planGroupHint}
      />
      <SelectField
        label={b.planChange}
        value={form.planChangeCampaign}
        onChange={(e) =>
          setForm({ planChangeCampaign: e.target.value as TProductForm["planChangeCampaign"] })
        }
        error={errors.planChangeCampaign}
        options={(["KEEP", "END", "BLOCK"] as const).map((value) => ({
          value,
          label: b.planChangeOptions[value],
        }))}
        hint={b.planChangeHint}
      />
    </Card>
  );
}
