"use client";

import { useRef, useState } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { Field, SelectField } from "@/components/ui/form-controls";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { Button } from "@/components/ui/button";
import { createChargeAction } from "../actions";

/** A charge outside the schedule: RECURRING (due date, retry days) or UNSCHEDULED where allowed. */
export function ChargeCreateForm({
  agreementId,
  currency,
  retryDays,
  firstDue,
  allowUnscheduled,
}: {
  agreementId: string;
  currency: string;
  retryDays: number;
  /** The first due date Vipps accepts now (the billing calendar's earliestDue), YYYY-MM-DD. */
  firstDue: string;
  allowUnscheduled: boolean;
}) {
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(createChargeAction, { onSuccess: () => formRef.current?.reset() });
  const [type, setType] = useState("RECURRING");
  return (
    <form
      ref={formRef}
      aria-label="Create charge"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const v = formValues(event.currentTarget);
        action.execute({
          agreementId,
          type: v.type ?? "",
          amount: v.amount ?? "",
          description: v.description ?? "",
          due: v.due,
          retryDays: v.retryDays,
          reason: v.reason ?? "",
        } as Parameters<typeof createChargeAction>[0]);
      }}
    >
      <SelectField
        label="Charge type"
        name="type"
        value={type}
        onChange={(e) => setType(e.target.value)}
        error={action.fieldErrors.type}
        options={[
          { value: "RECURRING", label: "Recurring (on a due date, with retries)" },
          ...(allowUnscheduled
            ? [{ value: "UNSCHEDULED", label: "Unscheduled (processed now, one attempt)" }]
            : []),
        ]}
      />
      {allowUnscheduled ? null : (
        <p className="text-sm text-neutral-700">
          Unscheduled charges are not available: this sales unit is not allowed them by Vipps MobilePay.
        </p>
      )}
      <Field
        label={`Amount (${currency})`}
        name="amount"
        inputMode="decimal"
        error={action.fieldErrors.amount}
        hint="At least 1.00."
      />
      <Field
        label="Description the customer will see"
        name="description"
        error={action.fieldErrors.description}
        hint="1 to 45 characters."
      />
      {type === "RECURRING" ? (
        <div className="flex flex-wrap gap-3">
          <Field
            label="Due date"
            name="due"
            type="date"
            min={firstDue}
            defaultValue={firstDue}
            error={action.fieldErrors.due}
            hint="Tomorrow at the earliest."
          />
          <Field
            label="Retry days"
            name="retryDays"
            inputMode="numeric"
            defaultValue={String(retryDays)}
            error={action.fieldErrors.retryDays}
            hint="0 to 14; 2 or more is recommended."
            className="w-40"
          />
        </div>
      ) : null}
      <Field label="Reason (for the audit log)" name="reason" error={action.fieldErrors.reason} />
      <Button type="submit" disabled={action.isPending} className="self-start">
        {action.isPending ? "Creating…" : "Create charge"}
      </Button>
      <ActionFeedback action={action} />
    </form>
  );
}
