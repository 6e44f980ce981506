"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { DisabledAction } from "@/components/support/disabled-action";
import { formValues, useFormAction } from "@/components/support/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { refreshAgreementAction, stopAgreementAction } from "../actions";

/** Stops the agreement at Vipps now (final). Needs the admin role when the merchant says so. */
export function AgreementStopForm({
  agreementId,
  needsAdmin,
  reservedCharges,
}: {
  agreementId: string;
  needsAdmin: boolean;
  reservedCharges: number;
}) {
  const { run, pending, result, errorOf } = useFormAction(stopAgreementAction);
  return (
    <form
      aria-label="Stop agreement"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        run({ agreementId, reason: formValues(event.currentTarget).reason ?? "" }, event.currentTarget);
      }}
    >
      <p className="text-sm text-neutral-700">
        Stopping is final. Vipps MobilePay cancels the agreement&apos;s pending, due and reserved charges
        {reservedCharges ? ` (${reservedCharges} reserved now: capture what was delivered first)` : ""}.
      </p>
      <Field label="Reason for stopping (for the audit log)" name="reason" error={errorOf("reason")} />
      {needsAdmin ? (
        <DisabledAction
          label="Stop agreement"
          reason="Needs the admin role: this merchant lets only admins stop agreements."
        />
      ) : (
        <Button type="submit" variant="danger" disabled={pending} className="self-start">
          {pending ? "Stopping…" : "Stop agreement"}
        </Button>
      )}
      <ActionFeedback result={result} />
    </form>
  );
}

export function RefreshAgreementButton({ agreementId }: { agreementId: string }) {
  const { run, pending, result } = useFormAction(refreshAgreementAction);
  return (
    <form
      aria-label="Refresh agreement from Vipps"
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        run({ agreementId });
      }}
    >
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {pending ? "Reading…" : "Refresh from Vipps"}
      </Button>
      <ActionFeedback result={result} />
    </form>
  );
}
