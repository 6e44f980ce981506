"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { Field, SelectField } from "@/components/ui/form-controls";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { Button } from "@/components/ui/button";
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
export function AgreementUpdateForm({ agreement: a }: { agreement: TAgreementForUpdate }) {
  const action = useActionForm(updateAgreementAction);
  return (
    <form
      aria-label="Update agreement"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const v = formValues(event.currentTarget);
        action.execute({ ...v, agreementId: a.id, reason: v.reason ?? "" });
      }}
    >
      <Field
        label="Product name"
        name="productName"
        defaultValue={a.productName}
        error={action.fieldErrors.productName}
        hint="1 to 45 characters, shown in the app."
      />
      <Field
        label="Product description"
        name="productDescription"
        defaultValue={a.productDescription ?? ""}
        error={action.fieldErrors.productDescription}
        hint="At most 100 characters."
      />
      {a.pricingType === "LEGACY" ? (
        <Field
          label={`Price (${a.currency})`}
          name="amount"
          inputMode="decimal"
          defaultValue={a.amount === null ? "" : toMajorString(a.amount)}
          error={action.fieldErrors.amount}
          hint="Charges already made keep their amounts."
        />
      ) : null}
      {a.pricingType === "VARIABLE" ? (
        <Field
          label={`Suggested maximum (${a.currency})`}
          name="suggestedMaxAmount"
          inputMode="decimal"
          defaultValue={a.suggestedMaxAmount === null ? "" : toMajorString(a.suggestedMaxAmount)}
          error={action.fieldErrors.suggestedMaxAmount}
          hint="The customer is not notified."
        />
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Field
          label="Interval: every"
          name="intervalCount"
          inputMode="numeric"
          defaultValue={a.intervalCount ?? ""}
          error={action.fieldErrors.intervalCount}
          className="w-32"
        />
        <SelectField
          label="Interval unit"
          name="intervalUnit"
          defaultValue={a.intervalUnit ?? ""}
          error={action.fieldErrors.intervalUnit}
          options={[
            { value: "", label: a.intervalUnit ? "(unchanged)" : "flexible (none)" },
            ...INTERVAL_UNITS.map((u) => ({ value: u, label: `${u.toLowerCase()}(s)` })),
          ]}
        />
      </div>
      <Field label="Reason (for the audit log)" name="reason" error={action.fieldErrors.reason} />
      <Button type="submit" disabled={action.isPending} className="self-start">
        {action.isPending ? "Saving…" : "Update at Vipps"}
      </Button>
      <ActionFeedback action={action} />
    </form>
  );
}
