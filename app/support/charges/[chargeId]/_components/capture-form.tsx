"use client";

import { ActionFeedback } from "@/components/support/action-feedback";
import { checkMoneyInput, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { formValues, useFormAction } from "@/components/support/use-form-action";
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
  const { run, pending, result, errorOf, show } = useFormAction(captureChargeAction);
  const confirm = useConfirmStep<TStaged>();
  const [amount, setAmount] = useAmountFollowing(capturable, toMajorString);
  const money = (minor: number) => formatStaffMoney(minor, charge.currency);
  const staged = confirm.staged;
  return (
    <form
      aria-label="Capture"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const sending = confirm.take();
        if (sending) return run(sending.input, event.currentTarget);
        const v = formValues(event.currentTarget);
        const input = { chargeId: charge.id, amount: v.amount ?? "", reason: v.reason ?? "" };
        const checked = checkMoneyInput(ZCaptureChargeInput, input, capturable, charge.currency);
        if (!checked.ok) return show({ validationErrors: { fieldErrors: checked.fieldErrors } });
        show(undefined);
        confirm.stage({ input, ...checked.data });
      }}
    >
      <fieldset disabled={Boolean(staged) || pending} className="flex min-w-0 flex-col gap-3">
        <Field
          label="Amount to capture"
          name="amount"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={errorOf("amount")}
          hint={`Up to ${money(capturable)} of the ${money(charge.amount)} reserved can still be captured. Capture only what has been delivered.`}
        />
        <Field label="Reason (for the audit log)" name="reason" error={errorOf("reason")} />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title="Confirm capture"
          confirmLabel={`Yes, capture ${money(staged.amount)}`}
          pending={pending}
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
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Capturing…" : "Capture"}
        </Button>
      )}
      <ActionFeedback result={result} />
    </form>
  );
}
