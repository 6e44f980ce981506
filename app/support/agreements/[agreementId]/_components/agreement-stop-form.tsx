"use client";

import { useRef } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { DisabledAction } from "@/components/support/disabled-action";
import { fieldErrorsOf, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { ZStopAgreementInput } from "@/lib/schemas/support";
import { refreshAgreementAction, stopAgreementAction } from "../actions";

type TInput = Parameters<typeof stopAgreementAction>[0];

/** Stops the agreement at Vipps now (final). Needs the admin role when the merchant says so. */
export function AgreementStopForm({
  agreement,
  needsAdmin,
  reservedCharges,
  openCharges,
}: {
  agreement: { id: string; productName: string; customerName: string };
  needsAdmin: boolean;
  reservedCharges: number;
  /** Pending, due and reserved charges: Vipps MobilePay cancels them when the agreement stops. */
  openCharges: number;
}) {
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(stopAgreementAction, { onSuccess: () => formRef.current?.reset() });
  const confirm = useConfirmStep<{ input: TInput; reason: string }>();
  const staged = confirm.staged;
  return (
    <form
      ref={formRef}
      aria-label="Stop agreement"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const sending = confirm.take();
        if (sending) return action.execute(sending.input);
        const input = { agreementId: agreement.id, reason: formValues(event.currentTarget).reason ?? "" };
        const parsed = ZStopAgreementInput.safeParse(input);
        if (!parsed.success) return action.showFieldErrors(fieldErrorsOf(parsed.error));
        action.showFieldErrors(null);
        confirm.stage({ input, reason: parsed.data.reason });
      }}
    >
      <p className="text-sm text-neutral-700">
        Stopping is final. Vipps MobilePay cancels the agreement&apos;s action.isPending, due and reserved
        charges
        {reservedCharges ? ` (${reservedCharges} reserved now: capture what was delivered first)` : ""}.
      </p>
      <fieldset disabled={Boolean(staged) || action.isPending} className="flex min-w-0 flex-col gap-3">
        <Field
          label="Reason for stopping (for the audit log)"
          name="reason"
          error={action.fieldErrors.reason}
        />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title="Confirm stopping"
          confirmLabel="Yes, stop the agreement"
          pending={action.isPending}
          danger
          onBack={confirm.back}
        >
          <p className="font-medium">
            Stop “{agreement.productName}” for {agreement.customerName} at Vipps MobilePay now;{" "}
            {openCharges === 0
              ? "no charges are waiting, so none are cancelled."
              : `its ${openCharges === 1 ? "1 open charge" : `${openCharges} open charges`} (action.isPending, due or reserved) will be cancelled.`}
          </p>
          <p>This is final: to continue, {agreement.customerName} has to sign up again.</p>
          <p>Audit log reason: “{staged.reason}”</p>
        </ConfirmPanel>
      ) : needsAdmin ? (
        <DisabledAction
          label="Stop agreement"
          reason="Needs the admin role: this merchant lets only admins stop agreements."
        />
      ) : (
        <Button type="submit" variant="danger" disabled={action.isPending} className="self-start">
          {action.isPending ? "Stopping…" : "Stop agreement"}
        </Button>
      )}
      <ActionFeedback action={action} />
    </form>
  );
}

export function RefreshAgreementButton({ agreementId }: { agreementId: string }) {
  const action = useActionForm(refreshAgreementAction);
  return (
    <form
      aria-label="Refresh agreement from Vipps"
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        action.execute({ agreementId });
      }}
    >
      <Button type="submit" variant="secondary" disabled={action.isPending} className="self-start">
        {action.isPending ? "Reading…" : "Refresh from Vipps"}
      </Button>
      <ActionFeedback action={action} />
    </form>
  );
}
