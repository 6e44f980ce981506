import { Card } from "@/components/ui/card";
import { Field, SelectField } from "@/components/ui/form-controls";
import { OFFER_PAUSE_DAYS, type TStopOffer } from "@/lib/domain/stop-reasons";
import type { TProductForm } from "@/lib/domain/product-rules";
import type { TOfferPlan } from "@/lib/server/admin/list-offer-plans";
import { format } from "@/lib/i18n/translator";
import type { TProductFormMessages, TSetForm } from "./product-form";

const OFFERS: TStopOffer[] = ["NONE", "PAUSE", "CHEAPER_PLAN"];

/**
 * What a customer about to stop is offered, once, before the stop is confirmed. Declining is one
 * button beside accepting, and the stop then goes on exactly as without an offer.
 */
export function StopOfferSection({
  form,
  setForm,
  errors,
  plans,
  m,
}: {
  form: TProductForm;
  setForm: TSetForm;
  errors: Record<string, string>;
  plans: TOfferPlan[];
  m: TProductFormMessages;
}) {
  const o = m.stopOffer;
  const group = form.planGroup.trim();
  const choices = plans.filter((p) => p.planGroup === group && p.pricingType === form.pricingType);
  return (
    <Card className="flex flex-col gap-4" aria-labelledby="stop-offer-title">
      <h2 id="stop-offer-title" className="text-lg font-semibold">
        {o.title}
      </h2>
      <SelectField
        label={o.offer}
        value={form.stopOffer}
        onChange={(e) => setForm({ stopOffer: e.target.value as TStopOffer })}
        options={OFFERS.map((value) => ({ value, label: o.offers[value] }))}
        error={errors.stopOffer}
        hint={o.offerHint}
      />
      {form.stopOffer === "PAUSE" ? (
        <Field
          label={o.pauseDays}
          inputMode="numeric"
          value={form.stopOfferPauseDays}
          onChange={(e) => setForm({ stopOfferPauseDays: e.target.value })}
          error={errors.stopOfferPauseDays}
          hint={format(o.pauseDaysHint, { min: OFFER_PAUSE_DAYS.min, max: OFFER_PAUSE_DAYS.max })}
          className="max-w-xs"
        />
      ) : null}
      {form.stopOffer === "CHEAPER_PLAN" ? (
        <SelectField
          label={o.plan}
          value={form.stopOfferProductId}
          onChange={(e) => setForm({ stopOfferProductId: e.target.value })}
          options={[
            { value: "", label: choices.length ? o.choosePlan : o.noPlan },
            ...choices.map((p) => ({ value: p.id, label: p.name })),
          ]}
          error={errors.stopOfferProductId}
          hint={o.planHint}
        />
      ) : null}
    </Card>
  );
}
