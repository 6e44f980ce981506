"use client";

import { updatePoliciesAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field } from "@/components/ui/form-controls";
import type { TSettings } from "@/lib/server/admin/get-settings";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";

/** Billing lead time and retries, dunning, and what needs an admin. */
export function PoliciesForm({
  merchant,
  m,
}: {
  merchant: TSettings["merchant"];
  m: TAdminMessages["policies"] & { saved: string };
}) {
  const { execute, data, isPending, fieldErrors: errors, formError } = useActionForm(updatePoliciesAction);
  return (
    <form
      noValidate
      aria-label={m.form}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const fields = new FormData(event.currentTarget);
        const value = (name: string) => String(fields.get(name) ?? "");
        execute({
          chargeLeadDays: value("chargeLeadDays"),
          defaultRetryDays: value("defaultRetryDays"),
          captureWarningDays: value("captureWarningDays"),
          dunningEmailEnabled: fields.get("dunningEmailEnabled") === "on",
          dunningStopAfterFailures: value("dunningStopAfterFailures"),
          refundAdminThreshold: value("refundAdminThreshold"),
          stopRequiresAdmin: fields.get("stopRequiresAdmin") === "on",
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {data ? <Alert tone="success">{m.saved}</Alert> : null}
      <h3 className="font-semibold">{m.billing}</h3>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label={m.leadDays}
          name="chargeLeadDays"
          inputMode="numeric"
          defaultValue={merchant.chargeLeadDays}
          error={errors.chargeLeadDays}
          hint={m.leadDaysHint}
        />
        <Field
          label={m.retryDays}
          name="defaultRetryDays"
          inputMode="numeric"
          defaultValue={merchant.defaultRetryDays}
          error={errors.defaultRetryDays}
          hint={m.retryDaysHint}
        />
        <Field
          label={m.captureWarning}
          name="captureWarningDays"
          inputMode="numeric"
          defaultValue={merchant.captureWarningDays}
          error={errors.captureWarningDays}
          hint={m.oneTo30}
        />
      </div>
      <h3 className="font-semibold">{m.dunning}</h3>
      <CheckboxField
        name="dunningEmailEnabled"
        label={m.dunningEmail}
        defaultChecked={merchant.dunningEmailEnabled}
      />
      <Field
        label={m.stopAfter}
        name="dunningStopAfterFailures"
        inputMode="numeric"
        defaultValue={merchant.dunningStopAfterFailures ?? ""}
        error={errors.dunningStopAfterFailures}
        hint={m.stopAfterHint}
      />
      <h3 className="font-semibold">{m.needsAdmin}</h3>
      <Field
        label={m.refundThreshold}
        name="refundAdminThreshold"
        inputMode="decimal"
        defaultValue={merchant.refundAdminThreshold}
        error={errors.refundAdminThreshold}
        hint={m.refundThresholdHint}
      />
      <CheckboxField
        name="stopRequiresAdmin"
        label={m.stopRequiresAdmin}
        defaultChecked={merchant.stopRequiresAdmin}
      />
      <div>
        <Button type="submit" disabled={isPending}>
          {m.save}
        </Button>
      </div>
    </form>
  );
}
