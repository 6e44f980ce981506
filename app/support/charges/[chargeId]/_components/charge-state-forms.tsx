"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { formValues, useFormAction } from "@/components/support/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { cancelChargeAction, refreshChargeAction } from "../actions";

export function CancelForm({ chargeId, status }: { chargeId: string; status: string }) {
  const { run, pending, result, errorOf } = useFormAction(cancelChargeAction);
  const effect =
    status === "PARTIALLY_CAPTURED"
      ? "Releases the rest of the reservation; the charge ends CHARGED with what was captured."
      : status === "RESERVED"
        ? "Releases the whole reservation at once (a refund would take days)."
        : "The charge will not be taken.";
  return (
    <form
      aria-label="Cancel charge"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        run({ chargeId, reason: formValues(event.currentTarget).reason ?? "" }, event.currentTarget);
      }}
    >
      <p className="text-sm text-neutral-700">{effect}</p>
      <Field label="Reason (for the audit log)" name="reason" error={errorOf("reason")} />
      <Button type="submit" variant="danger" disabled={pending} className="self-start">
        {pending ? "Cancelling…" : "Cancel charge"}
      </Button>
      <ActionFeedback result={result} />
    </form>
  );
}

export function RefreshChargeButton({ chargeId }: { chargeId: string }) {
  const { run, pending, result } = useFormAction(refreshChargeAction);
  return (
    <form
      aria-label="Refresh from Vipps"
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        run({ chargeId });
      }}
    >
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {pending ? "Reading…" : "Refresh from Vipps"}
      </Button>
      <ActionFeedback result={result} />
    </form>
  );
}
