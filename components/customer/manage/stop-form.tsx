"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import type { TTranslator } from "@/lib/i18n/translator";
import { ZStopSubscriptionInput } from "@/lib/schemas/account";
import { stopSubscriptionAction } from "@/app/account/subscriptions/[id]/actions";
import type { TBrand } from "@/components/brand/brand";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { fieldErrorsOf, formErrorOf } from "../action-errors";
import { RadioGroup, TextareaField } from "@/components/ui/form-controls";
import { ConfirmStep } from "./confirm-step";
import { checkInput, useFocusOnError } from "./form-helpers";

type TProps = {
  t: TTranslator;
  agreementId: string;
  productName: string;
  brand: TBrand;
  periodEndsAt: string | null;
  stopAt: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Stop at period end (default) or now, with an optional reason, a clear word that it is final, and a confirmation. */
export function StopForm({
  t,
  agreementId,
  productName,
  brand,
  periodEndsAt,
  stopAt,
  onDone,
  onCancel,
}: TProps) {
  const canWait = Boolean(periodEndsAt) && !stopAt;
  const [when, setWhen] = useState<"PERIOD_END" | "NOW">(canWait ? "PERIOD_END" : "NOW");
  const [reason, setReason] = useState("");
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const { execute, result, isPending } = useAction(stopSubscriptionAction, {
    onSuccess: ({ data }) =>
      onDone(
        data.stoppedNow || !data.stopAt
          ? t.m.manage.stoppedNow
          : t.format(t.m.manage.stopScheduled, { date: t.date(data.stopAt) }),
      ),
    onError: ({ error }) => {
      if (error.validationErrors || error.serverError?.fieldErrors) setStep("edit");
    },
  });
  const errors = { ...fieldErrorsOf(result, t.m), ...clientErrors };
  const form = useFocusOnError(errors.reason || errors.when);
  const m = t.m.manage;

  if (step === "confirm") {
    return (
      <ConfirmStep
        title={t.format(m.confirmStopTitle, { product: productName })}
        error={formErrorOf(result, t.m, brand)}
        pending={isPending}
        agreementId={agreementId}
        confirmLabel={m.confirmStop}
        backLabel={m.keep}
        danger
        onConfirm={(id) => execute({ agreementId: id, when, reason })}
        onBack={() => setStep("edit")}
      >
        <p>
          {when === "NOW"
            ? t.format(m.confirmStopNow, { brand })
            : t.format(m.confirmStopPeriodEnd, { brand, date: periodEndsAt ? t.date(periodEndsAt) : "" })}
        </p>
        <p className="font-medium">{m.finalWarning}</p>
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
        const problems = checkInput(ZStopSubscriptionInput, { agreementId, when, reason }, t.m);
        setClientErrors(problems);
        if (Object.keys(problems).length === 0) setStep("confirm");
      }}
    >
      {stopAt ? <p className="font-medium">{t.format(m.endingNote, { date: t.date(stopAt) })}</p> : null}
      {canWait ? (
        <RadioGroup
          legend={m.stopWhen}
          name="when"
          value={when}
          onChange={(value) => setWhen(value as "PERIOD_END" | "NOW")}
          error={errors.when}
          options={[
            {
              value: "PERIOD_END",
              label: t.format(m.stopAtPeriodEnd, { date: t.date(periodEndsAt!) }),
              hint: m.stopAtPeriodEndHint,
            },
            { value: "NOW", label: m.stopNow, hint: m.stopNowHint },
          ]}
        />
      ) : null}
      <TextareaField
        label={m.reason}
        hint={m.reasonHint}
        name="reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
      <Alert tone="warning">{m.finalWarning}</Alert>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger">
          {stopAt ? m.stopNowInstead : m.continue}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {m.keep}
        </Button>
      </div>
    </form>
  );
}
