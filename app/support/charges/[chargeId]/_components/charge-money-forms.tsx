"use client";

import { useState } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { DisabledAction } from "@/components/support/disabled-action";
import { formValues, useFormAction } from "@/components/support/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { formatMoney, parseMoney, toMajorString } from "@/lib/domain/money";
import { captureChargeAction, refundChargeAction } from "../actions";

const REASON_LABEL = "Reason (for the audit log)";

export function RefundForm({
  chargeId,
  currency,
  refundable,
  threshold,
  refundedSoFar,
  isAdmin,
}: {
  chargeId: string;
  currency: string;
  refundable: number;
  threshold: number | null;
  refundedSoFar: number;
  isAdmin: boolean;
}) {
  const { run, pending, result, errorOf } = useFormAction(refundChargeAction);
  const [amount, setAmount] = useAmountFollowing(refundable);
  const minor = parseMoney(amount);
  // The limit is per charge, in total: what is already refunded counts (the server checks it too).
  const needsAdmin = !isAdmin && threshold !== null && minor !== null && refundedSoFar + minor > threshold;
  const already = refundedSoFar > 0 ? ` (${formatMoney(refundedSoFar, currency)} already refunded)` : "";
  const limit =
    threshold !== null && !isAdmin
      ? ` Refunds above ${formatMoney(threshold, currency)} on one charge, in total${already}, need the admin role.`
      : "";
  return (
    <form
      aria-label="Refund"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const v = formValues(event.currentTarget);
        run(
          { chargeId, amount: v.amount ?? "", description: v.description ?? "", reason: v.reason ?? "" },
          event.currentTarget,
        );
      }}
    >
      <Field
        label="Amount to refund"
        name="amount"
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={errorOf("amount")}
        hint={`Up to ${formatMoney(refundable, currency)} can still be refunded.${limit}`}
      />
      <Field
        label="Description the customer will see"
        name="description"
        defaultValue="Refund"
        error={errorOf("description")}
        hint="1 to 100 characters, shown in the Vipps or MobilePay app."
      />
      <Field label={REASON_LABEL} name="reason" error={errorOf("reason")} />
      {needsAdmin ? (
        <DisabledAction
          label="Refund"
          reason={`Needs the admin role: refunds above ${formatMoney(threshold!, currency)} on one charge, in total.`}
        />
      ) : (
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Refunding…" : "Refund"}
        </Button>
      )}
      <ActionFeedback result={result} />
    </form>
  );
}

export function CaptureForm({
  chargeId,
  currency,
  capturable,
  reserved,
}: {
  chargeId: string;
  currency: string;
  capturable: number;
  reserved: number;
}) {
  const { run, pending, result, errorOf } = useFormAction(captureChargeAction);
  const [amount, setAmount] = useAmountFollowing(capturable);
  return (
    <form
      aria-label="Capture"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const v = formValues(event.currentTarget);
        run({ chargeId, amount: v.amount ?? "", reason: v.reason ?? "" }, event.currentTarget);
      }}
    >
      <Field
        label="Amount to capture"
        name="amount"
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={errorOf("amount")}
        hint={`Up to ${formatMoney(capturable, currency)} of the ${formatMoney(reserved, currency)} reserved can still be captured. Capture only what has been delivered.`}
      />
      <Field label={REASON_LABEL} name="reason" error={errorOf("reason")} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Capturing…" : "Capture"}
      </Button>
      <ActionFeedback result={result} />
    </form>
  );
}

// The amount field starts at what is left and follows it when an action changes it (the page
// re-renders with new figures), without remounting the form and losing the action's message.
function useAmountFollowing(left: number) {
  const [state, setState] = useState({ left, amount: toMajorString(left) });
  if (state.left !== left) setState({ left, amount: toMajorString(left) });
  return [state.amount, (amount: string) => setState({ left, amount })] as const;
}
