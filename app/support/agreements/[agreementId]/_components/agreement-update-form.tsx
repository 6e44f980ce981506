"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { Field, SelectField } from "@/components/ui/form-controls";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { supportWording } from "@/components/support/support-wording";
import { Button } from "@/components/ui/button";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { toMajorString } from "@/lib/domain/money";
import { INTERVAL_UNITS } from "@/lib/domain/product-rules";
import { updateAgreementAction } from "../actions";

export type TAgreementForUpdate = {
  id: string;
  productName: string;
  productDescription: string | null;
  pricingType: string;
  amount: number | null;
  suggestedMaxAmount: number | null;
  currency: string;
  intervalUnit: string | null;
  intervalCount: number | null;
};

/** Product name and description, the price (LEGACY) or suggested maximum (VARIABLE), and the interval. */
export function AgreementUpdateForm({
  locale,
  agreement: a,
}: {
  locale: TLocale;
  agreement: TAgreementForUpdate;
}) {
  const t = translator(locale);
  const m = t.m.support.agreement.updateForm;
  const action = useActionForm(updateAgreementAction, { wording: supportWording(t.m) });
  return (
    <form
      aria-label={m.label}
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const v = formValues(event.currentTarget);
        action.execute({ ...v, agreementId: a.id, reason: v.reason ?? "" });
      }}
    >
      <Field
        label={m.productName}
        name="productName"
        defaultValue={a.productName}
        error={action.fieldErrors.productName}
        hint={m.productNameHint}
      />
      <Field
        label={m.productDescription}
        name="productDescription"
        defaultValue={a.productDescription ?? ""}
        error={action.fieldErrors.productDescription}
        hint={m.productDescriptionHint}
      />
      {a.pricingType === "LEGACY" ? (
        <Field
          label={t.format(m.price, { currency: a.currency })}
          name="amount"
          inputMode="decimal"
          defaultValue={a.amount === null ? "" : toMajorString(a.amount)}
          error={action.fieldErrors.amount}
          hint={m.priceHint}
        />
      ) : null}
      {a.pricingType === "VARIABLE" ? (
        <Field
          label={t.format(m.suggestedMax, { currency: a.currency })}
          name="suggestedMaxAmount"
          inputMode="decimal"
          defaultValue={a.suggestedMaxAmount === null ? "" : toMajorString(a.suggestedMaxAmount)}
          error={action.fieldErrors.suggestedMaxAmount}
          hint={m.suggestedMaxHint}
        />
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Field
          label={m.intervalCount}
          name="intervalCount"
          inputMode="numeric"
          defaultValue={a.intervalCount ?? ""}
          error={action.fieldErrors.intervalCount}
          className="w-32"
        />
        <SelectField
          label={m.intervalUnit}
          name="intervalUnit"
          defaultValue={a.intervalUnit ?? ""}
          error={action.fieldErrors.intervalUnit}
          options={[
            { value: "", label: a.intervalUnit ? m.unchanged : m.flexibleNone },
            ...INTERVAL_UNITS.map((u) => ({ value: u, label: m[u] })),
          ]}
        />
      </div>
      <Field label={t.m.support.common.reasonForAudit} name="reason" error={action.fieldErrors.reason} />
      <Button type="submit" disabled={action.isPending} className="self-start">
        {action.isPending ? m.saving : m.submit}
      </Button>
      <ActionFeedback t={t} action={action} />
    </form>
  );
}
