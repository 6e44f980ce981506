"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { fieldErrorsOf, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formValues, useFormAction } from "@/components/support/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { money } from "@/components/support/format";
import { ZCancelChargeInput } from "@/lib/schemas/support";
import { cancelChargeAction, refreshChargeAction } from "../actions";
import type { TChargeFacts } from "./charge-actions";

type TInput = Parameters<typeof cancelChargeAction>[0];

export function CancelForm({ charge }: { charge: TChargeFacts }) {
  const { run, pending, result, errorOf, show } = useFormAction(cancelChargeAction);
  const confirm = useConfirmStep<{ input: TInput; reason: string }>();
  const left = money(charge.amount - charge.captured, charge.currency);
  const effect =
    charge.status === "PARTIALLY_CAPTURED"
      ? "Releases the rest of the reservation; the charge ends CHARGED with what was captured."
      : charge.status === "RESERVED"
        ? "Releases the whole reservation at once (a refund would take days)."
        : "The charge will not be taken.";
  const staged = confirm.staged;
  return (
    <form
      aria-label="Cancel charge"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const sending = confirm.take();
        if (sending) return run(sending.input, event.currentTarget);
        const input = { chargeId: charge.id, reason: formValues(event.currentTarget).reason ?? "" };
        const parsed = ZCancelChargeInput.safeParse(input);
        if (!parsed.success) return show({ validationErrors: { fieldErrors: fieldErrorsOf(parsed.error) } });
        show(undefined);
        confirm.stage({ input, reason: parsed.data.reason });
      }}
    >
      <p className="text-sm text-neutral-700">{effect}</p>
      <fieldset disabled={Boolean(staged) || pending} className="flex min-w-0 flex-col gap-3">
        <Field label="Reason (for the audit log)" name="reason" error={errorOf("reason")} />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title="Confirm cancelling"
          confirmLabel="Yes, cancel the charge"
          pending={pending}
          danger
          onBack={confirm.back}
        >
          <p className="font-medium">
            {charge.status === "PARTIALLY_CAPTURED"
              ? `Release the ${left} still reserved from ${charge.customerName} (order ${charge.orderId}); what was captured stays captured.`
              : charge.status === "RESERVED"
                ? `Release the ${left} reserved from ${charge.customerName} (order ${charge.orderId}); nothing is captured.`
                : `Cancel order ${charge.orderId} (${left}, ${charge.status.toLowerCase()}) for ${charge.customerName}: it will not be taken.`}
          </p>
          <p>A cancelled charge cannot be restarted.</p>
          <p>Audit log reason: “{staged.reason}”</p>
        </ConfirmPanel>
      ) : (
        <Button type="submit" variant="danger" disabled={pending} className="self-start">
          {pending ? "Cancelling…" : "Cancel charge"}
        </Button>
      )}
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
