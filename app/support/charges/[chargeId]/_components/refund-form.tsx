"use client";

import { useRef } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { checkMoneyInput, useConfirmStep } from "@/components/support/use-confirm-step";
import { ConfirmPanel } from "@/components/ui/confirm-panel";
import { DisabledAction } from "@/components/support/disabled-action";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/form-controls";
import { money as formatStaffMoney } from "@/components/support/format";
import { parseMoney, toMajorString } from "@/lib/domain/money";
import { REFUND_REASONS } from "@/lib/domain/refund";
import { ZRefundChargeInput } from "@/lib/schemas/support";
import { refundChargeAction } from "../actions";
import type { TChargeFacts } from "./charge-actions";
import { useAmountFollowing } from "./use-amount-following";

type TInput = Parameters<typeof refundChargeAction>[0];
type TStaged = { input: TInput; amount: number; description: string; reason: string };

const REASON_OPTIONS = [
  { value: "", label: "Choose a reason" },
  ...Object.entries(REFUND_REASONS).map(([value, label]) => ({ value, label })),
];

/**
 * A refund: no amount is suggested (refunding everything by mistake cannot be undone), the reason
 * is chosen from a list, and the text the customer sees starts in the customer's language.
 */
export function RefundForm({
  charge,
  refundable,
  threshold,
  refundedSoFar,
  isAdmin,
}: {
  charge: TChargeFacts;
  refundable: number;
  threshold: number | null;
  refundedSoFar: number;
  isAdmin: boolean;
}) {
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(refundChargeAction, { onSuccess: () => formRef.current?.reset() });
  const confirm = useConfirmStep<TStaged>();
  const [amount, setAmount] = useAmountFollowing(refundable, () => "");
  const money = (minor: number) => formatStaffMoney(minor, charge.currency);
  const typed = parseMoney(amount);
  // The limit is per charge, in total: what is already refunded counts (the server checks it too).
  const needsAdmin = !isAdmin && threshold !== null && typed !== null && refundedSoFar + typed > threshold;
  const already = refundedSoFar > 0 ? ` (${money(refundedSoFar)} already refunded)` : "";
  const limit =
    threshold !== null && !isAdmin
      ? ` Refunds above ${money(threshold)} on one charge, in total${already}, need the admin role.`
      : "";
  const staged = confirm.staged;
  return (
    <form
      ref={formRef}
      aria-label="Refund"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const sending = confirm.take();
        if (sending) return action.execute(sending.input);
        const v = formValues(event.currentTarget);
        const input = {
          chargeId: charge.id,
          amount: v.amount ?? "",
          description: v.description ?? "",
          reasonCode: v.reasonCode ?? "",
          reasonDetails: v.reasonDetails ?? "",
        } as TInput;
        const checked = checkMoneyInput(ZRefundChargeInput, input, refundable, charge.currency);
        if (!checked.ok) return action.showFieldErrors(checked.fieldErrors);
        action.showFieldErrors(null);
        confirm.stage({ input, ...checked.data });
      }}
    >
      <fieldset disabled={Boolean(staged) || action.isPending} className="flex min-w-0 flex-col gap-3">
        <Field
          label="Amount to refund"
          name="amount"
          inputMode="decimal"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={action.fieldErrors.amount}
          hint={`Up to ${money(refundable)} can still be refunded.${limit}`}
        />
        <Button
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => setAmount(toMajorString(refundable))}
        >
          Refund all ({money(refundable)})
        </Button>
        <SelectField
          label="Why (for the audit log)"
          name="reasonCode"
          options={REASON_OPTIONS}
          defaultValue=""
          error={action.fieldErrors.reasonCode}
        />
        <Field
          label="Details (for the audit log)"
          name="reasonDetails"
          error={action.fieldErrors.reasonDetails}
          hint="Optional, except for Other."
        />
        <Field
          label="Description the customer will see"
          name="description"
          defaultValue={charge.refundDescription}
          error={action.fieldErrors.description}
          hint={`1 to 100 characters, shown in the ${charge.brand} app. Starts in the customer's language.`}
        />
      </fieldset>
      {staged ? (
        <ConfirmPanel
          title="Confirm refund"
          confirmLabel={`Yes, refund ${money(staged.amount)}`}
          pending={action.isPending}
          danger
          onBack={confirm.back}
        >
          <p className="font-medium">
            Refund {money(staged.amount)} of {money(charge.captured)} to {charge.customerName} (order{" "}
            {charge.orderId}); {charge.customerName} will see “{staged.description}” in the {charge.brand}{" "}
            app.
          </p>
          <p>
            {staged.amount === refundable
              ? "Nothing will be left to refund on this charge."
              : `${money(refundable - staged.amount)} can still be refunded afterwards.`}{" "}
            A refund cannot be taken back.
          </p>
          <p>Audit log reason: “{staged.reason}”</p>
        </ConfirmPanel>
      ) : needsAdmin ? (
        <DisabledAction
          label="Refund"
          reason={`Needs the admin role: refunds above ${money(threshold!)} on one charge, in total.`}
        />
      ) : (
        <Button type="submit" disabled={action.isPending} className="self-start">
          {action.isPending ? "Refunding…" : "Refund"}
        </Button>
      )}
      <ActionFeedback action={action} />
    </form>
  );
}
