"use client";

import { useRef, useState } from "react";
import { ActionFeedback } from "@/components/support/action-feedback";
import { Field, SelectField } from "@/components/ui/form-controls";
import { formValues } from "@/components/support/form-values";
import { useActionForm } from "@/lib/actions/use-action-form";
import { supportWording } from "@/components/support/support-wording";
import { Button } from "@/components/ui/button";
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { createChargeAction } from "../actions";

/** A charge outside the schedule: RECURRING (due date, retry days) or UNSCHEDULED where allowed. */
export function ChargeCreateForm({
  locale,
  agreementId,
  currency,
  retryDays,
  firstDue,
  allowUnscheduled,
}: {
  locale: TLocale;
  agreementId: string;
  currency: string;
  retryDays: number;
  /** The first due date Vipps accepts now (the billing calendar's earliestDue), YYYY-MM-DD. */
  firstDue: string;
  allowUnscheduled: boolean;
}) {
  const t = translator(locale);
  const m = t.m.support.agreement.chargeForm;
  // A done operation clears the form (its reason was for that one).
  const formRef = useRef<HTMLFormElement>(null);
  const action = useActionForm(createChargeAction, {
    wording: supportWording(t.m),
    onSuccess: () => formRef.current?.reset(),
  });
  const [type, setType] = useState("RECURRING");
  return (
    <form
      ref={formRef}
      aria-label={m.label}
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
        label={m.type}
        name="type"
        value={type}
        onChange={(e) => setType(e.target.value)}
        error={action.fieldErrors.type}
        options={[
          { value: "RECURRING", label: m.recurring },
          ...(allowUnscheduled ? [{ value: "UNSCHEDULED", label: m.unscheduled }] : []),
        ]}
      />
      {allowUnscheduled ? null : <p className="text-sm text-neutral-700">{m.noUnscheduled}</p>}
      <Field
        label={t.format(m.amount, { currency })}
        name="amount"
        inputMode="decimal"
        error={action.fieldErrors.amount}
        hint={m.amountHint}
      />
      <Field
        label={m.description}
        name="description"
        error={action.fieldErrors.description}
        hint={m.descriptionHint}
      />
      {type === "RECURRING" ? (
        <div className="flex flex-wrap gap-3">
          <Field
            label={m.due}
            name="due"
            type="date"
            min={firstDue}
            defaultValue={firstDue}
            error={action.fieldErrors.due}
            hint={m.dueHint}
          />
          <Field
            label={m.retryDays}
            name="retryDays"
            inputMode="numeric"
            defaultValue={String(retryDays)}
            error={action.fieldErrors.retryDays}
            hint={m.retryDaysHint}
            className="w-40"
          />
        </div>
      ) : null}
      <Field label={t.m.support.common.reasonForAudit} name="reason" error={action.fieldErrors.reason} />
      <Button type="submit" disabled={action.isPending} className="self-start">
        {action.isPending ? m.creating : m.submit}
      </Button>
      <ActionFeedback t={t} action={action} />
    </form>
  );
}
