"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { DisabledAction } from "@/components/support/disabled-action";
import { fieldErrorsOf, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formValues, useFormAction } from "@/components/support/use-form-action";
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
  const { run, pending, result, errorOf, show } = useFormAction(stopAgreementAction);
  const confirm = useConfirmStep<{ input: TInput; reason: string }>();
  const staged = confirm.staged;
  return (
    <form
      aria-label="Stop agreement"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const sending = confirm.take();
        if (sending) return run(sending.input, event.currentTarget);
        const input = { agreementId: agreement.id, reason: formValues(event.currentTarget).reason ?? "" };
        const parsed = ZStopAgreementInput.safeParse(input);
        if (!parsed.success) return show({ validationErrors: { fieldErrors: fieldErrorsOf(parsed.error) } });
        show(undefined);
        confirm.stage({ input, reason: parsed.data.reason });
      }}
    >
      <p className="text-sm text-neutral-700">
        Stopping is final. Vipps MobilePay cancels the agreement&apos;s pending, due and reserved charges
        {reservedCharges ? ` (${reservedCharges} reserved now: capture what was delivered first)` : ""}.
      </p>
      <fieldset disabled={Boolean(staged) || pending} className="flex min-w-0 flex-col gap-3">
        <Field label="Reason for stopping (for the audit log)" name="reason" error={errorOf("reason")} />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title="Confirm stopping"
          confirmLabel="Yes, stop the agreement"
          pending={pending}
          danger
          onBack={confirm.back}
        >
          <p className="font-medium">
            Stop “{agreement.productName}” for {agreement.customerName} at Vipps MobilePay now;{" "}
            {openCharges === 0
              ? "no charges are waiting, so none are cancelled."
              : `its ${openCharges === 1 ? "1 open charge" : `${openCharges} open charges`} (pending, due or reserved) will be cancelled.`}
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
