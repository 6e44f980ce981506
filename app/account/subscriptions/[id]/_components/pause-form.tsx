"use client";

import { useActionForm } from "@/lib/actions/use-action-form";
import { useState } from "react";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TPlanTerms } from "@/lib/schemas/customer-portal";
import { ZPauseSubscriptionInput } from "@/lib/schemas/account";
import { pauseSubscriptionAction, previewPauseAction, resumeSubscriptionAction } from "../actions";
import type { TBrand } from "@/components/brand/brand";
import { Button } from "@/components/ui/button";
import { Field, TextareaField } from "@/components/ui/form-controls";
import { customerWording } from "@/components/customer/action-errors";
import { ConfirmStep } from "./confirm-step";
import { checkInput, useFocusOnError } from "./form-helpers";
import { FormMessage } from "./form-message";

type TProps = {
  t: TTranslator;
  agreementId: string;
  brand: TBrand;
  currency: TPlanTerms["currency"];
  minDate: string;
  maxDate: string;
  /** The end of the running pause, when this form gives it another date. */
  pausedUntil?: string;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/**
 * Pause until a date: no charges before it, the agreement stays active at Vipps. With pausedUntil
 * it moves the end of the running pause (the same action; the server knows a pause is running).
 */
export function PauseForm({
  t,
  agreementId,
  brand,
  currency,
  minDate,
  maxDate,
  pausedUntil,
  onDone,
  onCancel,
}: TProps) {
  const m = t.m.manage;
  const [until, setUntil] = useState(pausedUntil ?? "");
  const [reason, setReason] = useState("");
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const { execute, isPending, fieldErrors, formError } = useActionForm(pauseSubscriptionAction, {
    wording: customerWording(t.m, brand),
    onSuccess: ({ data }) =>
      onDone(t.format(pausedUntil ? m.pauseChanged : m.paused, { date: t.date(data.pausedUntil ?? until) })),
    onError: ({ error }) => {
      if (error.validationErrors || error.serverError?.fieldErrors) setStep("edit");
    },
  });
  // The confirm step states the next payment the pause leaves, as the scheduler will make it.
  const preview = useActionForm(previewPauseAction, { wording: customerWording(t.m, brand) });
  const next = preview.data?.nextCharge;
  const errors = { ...fieldErrors, ...clientErrors };
  const form = useFocusOnError(errors.until || errors.reason);

  if (step === "confirm") {
    return (
      <ConfirmStep
        title={t.format(pausedUntil ? m.confirmPauseChangeTitle : m.confirmPauseTitle, {
          date: t.date(until),
        })}
        error={formError}
        pending={isPending}
        agreementId={agreementId}
        confirmLabel={m.confirmPause}
        backLabel={m.back}
        onConfirm={(id) => execute({ agreementId: id, until, reason })}
        onBack={() => setStep("edit")}
      >
        <p>{t.format(m.confirmPauseBody, { date: t.date(until) })}</p>
        <p className="font-medium" aria-live="polite">
          {preview.isPending || !preview.hasSucceeded
            ? m.confirmPauseNextLoading
            : next
              ? t.format(m.confirmPauseNext, {
                  amount: t.money(next.amount, currency),
                  date: t.date(next.date),
                })
              : m.confirmPauseNoNext}
        </p>
      </ConfirmStep>
    );
  }
  return (
    <form
      ref={form}
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const problems = checkInput(ZPauseSubscriptionInput, { agreementId, until, reason }, t.m);
        if (!problems.until && (until < minDate || until > maxDate))
          problems.until = t.m.forms.errors.pauseRange;
        setClientErrors(problems);
        if (Object.keys(problems).length === 0) {
          preview.execute({ agreementId, until });
          setStep("confirm");
        }
      }}
    >
      <p>{pausedUntil ? m.changePauseIntro : t.format(m.pauseIntro, { brand })}</p>
      <Field
        label={m.pauseUntil}
        hint={m.pauseUntilHint}
        type="date"
        name="until"
        min={minDate}
        max={maxDate}
        value={until}
        onChange={(e) => setUntil(e.target.value)}
        error={errors.until}
        className="max-w-xs"
      />
      <TextareaField
        label={m.pauseReason}
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
        hint={m.reasonHint}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit">{m.continue}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {m.back}
        </Button>
      </div>
    </form>
  );
}

/** Ends a pause now. Harmless and undoable, so one button without a second step. */
export function ResumeForm({
  t,
  agreementId,
  brand,
  pausedUntil,
  onDone,
}: {
  t: TTranslator;
  agreementId: string;
  brand: TBrand;
  pausedUntil: string;
  onDone: (message: string) => void;
}) {
  const m = t.m.manage;
  const { execute, isPending, formError } = useActionForm(resumeSubscriptionAction, {
    wording: customerWording(t.m, brand),
    onSuccess: () => onDone(m.resumed),
  });
  const form = useFocusOnError(formError);
  return (
    <form
      ref={form}
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ agreementId: String(new FormData(event.currentTarget).get("agreementId") ?? "") });
      }}
    >
      <input type="hidden" name="agreementId" value={agreementId} />
      <h3 className="text-lg font-semibold">{t.format(m.resumeTitle, { date: t.date(pausedUntil) })}</h3>
      <p>{m.resumeBody}</p>
      <FormMessage message={formError} />
      <div>
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {m.resume}
        </Button>
      </div>
    </form>
  );
}
