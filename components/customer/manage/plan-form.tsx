"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import type { TTranslator } from "@/lib/i18n/translator";
import { ZChangePlanInput } from "@/lib/schemas/account";
import type { TPlanOption, TPlanTerms } from "@/lib/server/customer-portal/types";
import { changePlanAction } from "@/app/account/subscriptions/[id]/actions";
import type { TBrand } from "@/components/brand/brand";
import { Button } from "@/components/ui/button";
import { fieldErrorsOf, formErrorOf } from "../action-errors";
import { RadioGroup } from "@/components/ui/form-controls";
import { priceText } from "../plan-text";
import { ConfirmStep } from "./confirm-step";
import { checkInput, useFocusOnError } from "./form-helpers";

type TProps = {
  t: TTranslator;
  agreementId: string;
  brand: TBrand;
  productName: string;
  terms: TPlanTerms;
  options: TPlanOption[];
  changesFrom: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Another plan of the same group: the new price and from when, shown before anything changes. */
export function PlanForm({
  t,
  agreementId,
  brand,
  productName,
  terms,
  options,
  changesFrom,
  onDone,
  onCancel,
}: TProps) {
  const m = t.m.manage;
  const [slug, setSlug] = useState("");
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const { execute, result, isPending } = useAction(changePlanAction, {
    onSuccess: ({ data }) => onDone(t.format(m.planChanged, { product: data.productName })),
    onError: ({ error }) => {
      if (error.validationErrors || error.serverError?.fieldErrors) setStep("edit");
    },
  });
  const errors = { ...fieldErrorsOf(result, t.m), ...clientErrors };
  const form = useFocusOnError(errors.productSlug);
  const chosen = options.find((o) => o.slug === slug);

  if (step === "confirm" && chosen) {
    return (
      <ConfirmStep
        title={t.format(m.confirmPlanTitle, { product: chosen.name })}
        error={formErrorOf(result, t.m, brand)}
        pending={isPending}
        agreementId={agreementId}
        confirmLabel={m.confirmPlan}
        backLabel={m.back}
        onConfirm={(id) => execute({ agreementId: id, productSlug: chosen.slug })}
        onBack={() => setStep("edit")}
      >
        <p>
          {t.format(m.planEffect, {
            date: changesFrom ? t.date(changesFrom) : "",
            newPrice: priceText(t, chosen.terms),
            oldPrice: priceText(t, terms),
            brand,
          })}
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
        const problems = checkInput(ZChangePlanInput, { agreementId, productSlug: slug }, t.m);
        setClientErrors(problems);
        if (Object.keys(problems).length === 0) setStep("confirm");
      }}
    >
      <p>{t.format(m.currentPlan, { product: productName, price: priceText(t, terms) })}</p>
      <RadioGroup
        legend={m.planLegend}
        name="productSlug"
        value={slug}
        onChange={setSlug}
        error={errors.productSlug}
        options={options.map((o) => ({
          value: o.slug,
          label: o.name,
          hint: [priceText(t, o.terms), o.description].filter(Boolean).join(". "),
        }))}
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
