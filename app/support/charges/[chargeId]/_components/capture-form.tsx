"use client";

import { useRef } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { checkMoneyInput, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { money as formatStaffMoney } from "@/components/support/format";
import { toMajorString } from "@/lib/domain/money";
import { ZCaptureChargeInput } from "@/lib/schemas/support";
import { captureChargeAction } from "../actions";
import type { TChargeFacts } from "./charge-actions";
import { useAmountFollowing } from "./use-amount-following";

type TInput = Parameters<typeof captureChargeAction>[0];
type TStaged = { input: TInput; amount: number; reason: string };

export function CaptureForm({ charge, capturable }: { charge: TChargeFacts; capturable: number }) {
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(captureChargeAction, { onSuccess: () => formRef.current?.reset() });
  const confirm = useConfirmStep<TStaged>();
  const [amount, setAmount] = useAmountFollowing(capturable, toMajorString);
  const money = (minor: number) => formatStaffMoney(minor, charge.currency);
  const staged = confirm.staged;
  return (
    <form
      ref={formRef}
      aria-label="Capture"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const sending = confirm.take();
        if (sending) return action.execute(sending.input);
        const v = formValues(event.currentTarget);
        const input = { chargeId: charge.id, amount: v.amount ?? "", reason: v.reason ?? "" };
        const checked = checkMoneyInput(ZCaptureChargeInput, input, capturable, charge.currency);
        if (!checked.ok) return action.showFieldErrors(checked.fieldErrors);
        action.showFieldErrors(null);
        confirm.stage({ input, ...checked.data });
      }}
    >
      <fieldset disabled={Boolean(staged) || action.isPending} className="flex min-w-0 flex-col gap-3">
        <Field
          label="Amount to capture"
          name="amount"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={action.fieldErrors.amount}
          hint={`Up to ${money(capturable)} of the ${money(charge.amount)} reserved can still be captured. Capture only what has been delivered.`}
        />
        <Field label="Reason (for the audit log)" name="reason" error={action.fieldErrors.reason} />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title="Confirm capture"
          confirmLabel={`Yes, capture ${money(staged.amount)}`}
          pending={action.isPending}
          onBack={confirm.back}
        >
          <p className="font-medium">
            Capture {money(staged.amount)} of the {money(charge.amount)} reserved from {charge.customerName}{" "}
            (order {charge.orderId}): the money is taken now.
          </p>
          <p>
            {staged.amount === capturable
              ? "Nothing stays reserved afterwards."
              : `${money(capturable - staged.amount)} stays reserved; cancel it to release it to ${charge.customerName}.`}
          </p>
          <p>Audit log reason: “{staged.reason}”</p>
        </ConfirmPanel>
      ) : (
        <Button type="submit" disabled={action.isPending} className="self-start">
          {action.isPending ? "Capturing…" : "Capture"}
        </Button>
      )}
      <ActionFeedback action={action} />
    </form>
  );
}
