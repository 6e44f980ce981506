"use client";

import { updatePoliciesAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field } from "@/components/ui/form-controls";
import type { TSettings } from "@/lib/server/admin/get-settings";
import { useActionForm } from "@/lib/actions/use-action-form";

/** Billing lead time and retries, dunning, and what needs an admin. */
export function PoliciesForm({ merchant }: { merchant: TSettings["merchant"] }) {
  const { execute, data, isPending, fieldErrors: errors, formError } = useActionForm(updatePoliciesAction);
  return (
    <form
      noValidate
      aria-label="Billing, dunning and permissions"
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
      {data ? <Alert tone="success">Saved.</Alert> : null}
      <h3 className="font-semibold">Billing</h3>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Create charges this many days ahead"
          name="chargeLeadDays"
          inputMode="numeric"
          defaultValue={merchant.chargeLeadDays}
          error={errors.chargeLeadDays}
          hint="1 to 30; the customer sees the charge in the app from then"
        />
        <Field
          label="Default retry days"
          name="defaultRetryDays"
          inputMode="numeric"
          defaultValue={merchant.defaultRetryDays}
          error={errors.defaultRetryDays}
          hint="0 to 14; Vipps recommends at least 2"
        />
        <Field
          label="Warn about uncaptured reservations after (days)"
          name="captureWarningDays"
          inputMode="numeric"
          defaultValue={merchant.captureWarningDays}
          error={errors.captureWarningDays}
          hint="1 to 30"
        />
      </div>
      <h3 className="font-semibold">Dunning</h3>
      <CheckboxField
        name="dunningEmailEnabled"
        label="Email the customer when a payment fails"
        defaultChecked={merchant.dunningEmailEnabled}
      />
      <Field
        label="Stop the agreement after this many failed charges in a row"
        name="dunningStopAfterFailures"
        inputMode="numeric"
        defaultValue={merchant.dunningStopAfterFailures ?? ""}
        error={errors.dunningStopAfterFailures}
        hint="1 to 12, or empty to never stop for failed payments"
      />
      <h3 className="font-semibold">What needs an admin</h3>
      <Field
        label="Refunds above this amount need an admin (per charge, in total)"
        name="refundAdminThreshold"
        inputMode="decimal"
        defaultValue={merchant.refundAdminThreshold}
        error={errors.refundAdminThreshold}
        hint="Per charge: what is already refunded on the charge counts, so it cannot be split into smaller refunds. In the charge's currency, e.g. 1000; empty: support may refund any amount"
      />
      <CheckboxField
        name="stopRequiresAdmin"
        label="Only admins may stop agreements"
        defaultChecked={merchant.stopRequiresAdmin}
      />
      <div>
        <Button type="submit" disabled={isPending}>
          Save billing and dunning
        </Button>
      </div>
    </form>
  );
}
