"use client";

import { useActionForm } from "@/lib/actions/use-action-form";
import { useState } from "react";
import type { TTranslator } from "@/lib/i18n/translator";
import { ZChangePlanInput } from "@/lib/schemas/account";
import type { TPlanOption, TPlanTerms } from "@/lib/schemas/customer-portal";
import { previewFingerprint } from "@/lib/domain/plan-change";
import { changePlanAction, previewPlanChangeAction } from "../actions";
import type { TBrand } from "@/components/brand/brand";
import { Button } from "@/components/ui/button";
import { customerWording } from "@/components/customer/action-errors";
import { RadioGroup } from "@/components/ui/form-controls";
import { priceText } from "@/components/customer/plan-text";
import { ConfirmStep } from "./confirm-step";
import { PlanPreview } from "./plan-preview";
import { checkInput, useFocusOnError } from "./form-helpers";

type TProps = {
  t: TTranslator;
  agreementId: string;
  brand: TBrand;
  productName: string;
  terms: TPlanTerms;
  options: TPlanOption[];
  /** The product lets no plan change run while the offer lasts: until this date. */
  blockedUntil: string | null;
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
  blockedUntil,
  onDone,
  onCancel,
}: TProps) {
  const m = t.m.manage;
  const [slug, setSlug] = useState("");
  const [step, setStep] = useState<"edit" | "confirm">("edit");
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const { execute, isPending, fieldErrors, formError } = useActionForm(changePlanAction, {
    wording: customerWording(t.m, brand),
    onSuccess: ({ data }) => onDone(t.format(m.planChanged, { product: data.productName })),
    onError: ({ error }) => {
      if (error.validationErrors || error.serverError?.fieldErrors) setStep("edit");
    },
  });
  // The confirm step shows the next three charges as the change will leave them (the server's
  // planChangeOutcome); the change is sent with them and refused if they no longer hold.
  const preview = useActionForm(previewPlanChangeAction, { wording: customerWording(t.m, brand) });
  const shown = preview.data;
  const errors = { ...fieldErrors, ...clientErrors };
  const form = useFocusOnError(errors.productSlug);
  const chosen = options.find((o) => o.slug === slug);

  if (blockedUntil) return <p>{t.format(m.planBlocked, { date: t.date(blockedUntil) })}</p>;
  if (step === "confirm" && chosen) {
    const ready = !preview.isPending && shown?.kind === "ok";
    return (
      <ConfirmStep
        title={t.format(m.confirmPlanTitle, { product: chosen.name })}
        error={formError ?? preview.formError}
        pending={isPending || !ready}
        agreementId={agreementId}
        confirmLabel={m.confirmPlan}
        backLabel={m.back}
        onConfirm={(id) =>
          shown?.kind === "ok" &&
          execute({ agreementId: id, productSlug: chosen.slug, expected: previewFingerprint(shown.charges) })
        }
        onBack={() => setStep("edit")}
      >
        <PlanPreview
          t={t}
          brand={brand}
          preview={preview.isPending ? undefined : shown}
          terms={chosen.terms}
        />
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
        if (Object.keys(problems).length === 0) {
          preview.execute({ agreementId, productSlug: slug });
          setStep("confirm");
        }
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
