"use client";

import { useRef } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { fieldErrorsOf, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { money } from "@/components/support/format";
import { ZCancelChargeInput } from "@/lib/schemas/support";
import { cancelChargeAction, refreshChargeAction } from "../actions";
import type { TChargeFacts } from "./charge-actions";

type TInput = Parameters<typeof cancelChargeAction>[0];

export function CancelForm({ charge }: { charge: TChargeFacts }) {
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(cancelChargeAction, { onSuccess: () => formRef.current?.reset() });
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
      ref={formRef}
      aria-label="Cancel charge"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const sending = confirm.take();
        if (sending) return action.execute(sending.input);
        const input = { chargeId: charge.id, reason: formValues(event.currentTarget).reason ?? "" };
        const parsed = ZCancelChargeInput.safeParse(input);
        if (!parsed.success) return action.showFieldErrors(fieldErrorsOf(parsed.error));
        action.showFieldErrors(null);
        confirm.stage({ input, reason: parsed.data.reason });
      }}
    >
      <p className="text-sm text-neutral-700">{effect}</p>
      <fieldset disabled={Boolean(staged) || action.isPending} className="flex min-w-0 flex-col gap-3">
        <Field label="Reason (for the audit log)" name="reason" error={action.fieldErrors.reason} />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title="Confirm cancelling"
          confirmLabel="Yes, cancel the charge"
          pending={action.isPending}
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
        <Button type="submit" variant="danger" disabled={action.isPending} className="self-start">
          {action.isPending ? "Cancelling…" : "Cancel charge"}
        </Button>
      )}
      <ActionFeedback action={action} />
    </form>
  );
}

export function RefreshChargeButton({ chargeId }: { chargeId: string }) {
  const action = useActionForm(refreshChargeAction);
  return (
    <form
      aria-label="Refresh from Vipps"
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        action.execute({ chargeId });
      }}
    >
      <Button type="submit" variant="secondary" disabled={action.isPending} className="self-start">
        {action.isPending ? "Reading…" : "Refresh from Vipps"}
      </Button>
      <ActionFeedback action={action} />
    </form>
  );
}
