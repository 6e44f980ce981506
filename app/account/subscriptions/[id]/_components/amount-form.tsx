"use client";

import { useActionForm } from "@/lib/actions/use-action-form";
import { useState } from "react";
import { parseMoney } from "@/lib/domain/money";
import type { TTranslator } from "@/lib/i18n/translator";
import { ZChangeAmountInput } from "@/lib/schemas/account";
import type { TPlanTerms } from "@/lib/schemas/customer-portal";
import { changeAmountAction } from "../actions";
import type { TBrand } from "@/components/brand/brand";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { customerWording } from "@/components/customer/action-errors";
import { everyText } from "@/components/customer/plan-text";
import { ConfirmStep } from "./confirm-step";
import { checkInput, useFocusOnError } from "./form-helpers";

type TProps = {
  t: TTranslator;
  agreementId: string;
  brand: TBrand;
  terms: TPlanTerms;
  cap: number;
  changesFrom: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Variable price: the most the customer wants to pay per interval, with the effect shown first. */
export function AmountForm({ t, agreementId, brand, terms, cap, changesFrom, onDone, onCancel }: TProps) {
  const m = t.m.manage;
  const [amount, setAmount] = useState("");
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const { execute, isPending, fieldErrors, formError } = useActionForm(changeAmountAction, {
    wording: customerWording(t.m, brand),
    onSuccess: ({ data }) =>
      onDone(t.format(m.amountChanged, { amount: t.money(data.amount, terms.currency) })),
    onError: ({ error }) => {
      if (error.validationErrors || error.serverError?.fieldErrors) setStep("edit");
    },
  });
  const errors = { ...fieldErrors, ...clientErrors };
  const form = useFocusOnError(errors.amount);
  const minor = parseMoney(amount);
  const interval = everyText(t, terms.interval);
  // One figure: the amount charged each period, which is also the suggested maximum at Vipps.
  const current = terms.amount ?? terms.suggestedMaxAmount;

  if (step === "confirm" && minor !== null) {
    const money = t.money(minor, terms.currency);
    return (
      <ConfirmStep
        title={t.format(m.confirmAmountTitle, { amount: money })}
        error={formError}
        pending={isPending}
        agreementId={agreementId}
        confirmLabel={m.confirmAmount}
        backLabel={m.back}
        onConfirm={(id) => execute({ agreementId: id, amount })}
        onBack={() => setStep("edit")}
      >
        <p>
          {t.format(m.amountEffect, {
            date: changesFrom ? t.date(changesFrom) : "",
            amount: money,
            interval,
            brand,
          })}
        </p>
        {terms.maxAmount !== null && terms.maxAmount < minor ? (
          <p>{t.format(t.m.plan.yourMax, { brand, max: t.money(terms.maxAmount, terms.currency) })}</p>
        ) : null}
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
        const problems = checkInput(ZChangeAmountInput, { agreementId, amount }, t.m);
        if (!problems.amount && (minor === null || minor < 100 || minor > cap))
          problems.amount = t.m.forms.errors.amountRange;
        setClientErrors(problems);
        if (Object.keys(problems).length === 0) setStep("confirm");
      }}
    >
      <Field
        label={t.format(m.amountLabel, { interval, currency: terms.currency })}
        hint={t.format(m.amountHint, {
          max: t.money(cap, terms.currency),
          current: current !== null ? t.money(current, terms.currency) : "–",
        })}
        name="amount"
        inputMode="decimal"
        autoComplete="off"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={errors.amount}
        className="max-w-xs"
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
