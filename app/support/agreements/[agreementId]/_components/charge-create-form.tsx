"use client";

import { useState } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { Field, SelectField } from "@/components/ui/form-controls";
import { formValues, useFormAction } from "@/components/support/use-form-action";
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
  const { run, pending, result, errorOf } = useFormAction(createChargeAction);
  const [type, setType] = useState("RECURRING");
  return (
    <form
      aria-label="Create charge"
      noValidate
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const v = formValues(event.currentTarget);
        run(
          {
            agreementId,
            type: v.type ?? "",
            amount: v.amount ?? "",
            description: v.description ?? "",
            due: v.due,
            retryDays: v.retryDays,
            reason: v.reason ?? "",
          } as Parameters<typeof createChargeAction>[0],
          event.currentTarget,
        );
      }}
    >
      <SelectField
        label="Charge type"
        name="type"
        value={type}
        onChange={(e) => setType(e.target.value)}
        error={errorOf("type")}
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
        error={errorOf("amount")}
        hint="At least 1.00."
      />
      <Field
        label="Description the customer will see"
        name="description"
        error={errorOf("description")}
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
            error={errorOf("due")}
            hint="Tomorrow at the earliest."
          />
          <Field
            label="Retry days"
            name="retryDays"
            inputMode="numeric"
            defaultValue={String(retryDays)}
            error={errorOf("retryDays")}
            hint="0 to 14; 2 or more is recommended."
            className="w-40"
          />
        </div>
      ) : null}
      <Field label="Reason (for the audit log)" name="reason" error={errorOf("reason")} />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Creating…" : "Create charge"}
      </Button>
      <ActionFeedback result={result} />
    </form>
  );
}
