import { Card } from "@/components/ui/card";
import { Field, SelectField } from "@/components/ui/form-controls";
import { OFFER_PAUSE_DAYS, type TStopOffer } from "@/lib/domain/stop-reasons";
import type { TProductForm } from "@/lib/domain/product-rules";
import type { TOfferPlan } from "@/lib/server/admin/list-offer-plans";
import type { TSetForm } from "./product-form";

const OFFER_OPTIONS: { value: TStopOffer; label: string }[] = [
  { value: "NONE", label: "No offer" },
  { value: "PAUSE", label: "A pause instead" },
  { value: "CHEAPER_PLAN", label: "A cheaper plan of the same group" },
];

/**
 * What a customer about to stop is offered, once, before the stop is confirmed. Declining is one
 * button beside accepting, and the stop then goes on exactly as without an offer.
 */
export function StopOfferSection({
  form,
  setForm,
  errors,
  plans,
}: {
  form: TProductForm;
  setForm: TSetForm;
  errors: Record<string, string>;
  plans: TOfferPlan[];
}) {
  const group = form.planGroup.trim();
  const choices = plans.filter((p) => p.planGroup === group && p.pricingType === form.pricingType);
  return (
    <Card className="flex flex-col gap-4" aria-labelledby="stop-offer-title">
      <h2 id="stop-offer-title" className="text-lg font-semibold">
        When a customer is about to stop
      </h2>
      <SelectField
        label="Offer"
        value={form.stopOffer}
        onChange={(e) => setForm({ stopOffer: e.target.value as TStopOffer })}
        options={OFFER_OPTIONS}
        error={errors.stopOffer}
        hint="Shown once in the customer's stop flow, after the reason and before the confirmation."
      />
      {form.stopOffer === "PAUSE" ? (
        <Field
          label="Pause length (days)"
          inputMode="numeric"
          value={form.stopOfferPauseDays}
          onChange={(e) => setForm({ stopOfferPauseDays: e.target.value })}
          error={errors.stopOfferPauseDays}
          hint={`${OFFER_PAUSE_DAYS.min} to ${OFFER_PAUSE_DAYS.max} days from the day it is accepted; the customer can resume at any time.`}
          className="max-w-xs"
        />
      ) : null}
      {form.stopOffer === "CHEAPER_PLAN" ? (
        <SelectField
          label="Plan to offer"
          value={form.stopOfferProductId}
          onChange={(e) => setForm({ stopOfferProductId: e.target.value })}
          options={[
            { value: "", label: choices.length ? "Choose a plan" : "No other plan in this group" },
            ...choices.map((p) => ({ value: p.id, label: p.name })),
          ]}
          error={errors.stopOfferProductId}
          hint="Offered only where it costs the customer less per month than their plan."
        />
      ) : null}
    </Card>
  );
}
