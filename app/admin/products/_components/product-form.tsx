"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { saveProductAction } from "../actions";
import type { TBrand } from "@/components/brand/brand";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Market, PricingType } from "@/lib/generated/prisma/enums";
import { slugify } from "@/lib/domain/product-form";
import { validateProduct, type TMarketPriceForm, type TProductForm } from "@/lib/domain/product-rules";
import { staffWording } from "@/lib/actions/result";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TOfferPlan } from "@/lib/server/admin/list-offer-plans";
import { ProductPreviewCard } from "./product-preview-card";
import { StopOfferSection } from "./product-stop-offer-section";
import { ProductTextsSection } from "./product-texts-section";
import {
  BasicsSection,
  BillingSection,
  CampaignSection,
  InitialChargeSection,
  PricingSection,
} from "./product-form-sections";

export type TSetForm = (patch: Partial<TProductForm>) => void;
export type TSetPrice = (market: Market, patch: Partial<TMarketPriceForm>) => void;

type TProps = {
  productId?: string;
  initial: TProductForm;
  lockedPricingType: PricingType | null;
  /** Where to go after creating: the product's page, or back to the onboarding wizard. */
  afterCreate?: "product" | "onboarding";
  /** Each market's app name on Abo's clock, for the preview. */
  brands: Record<Market, TBrand>;
  /** Grouped products a stop offer may name. */
  offerPlans?: TOfferPlan[];
};

/** The product editor: every Vipps rule checked as you type (after the first save), with a live preview. */
export function ProductForm({
  productId,
  initial,
  lockedPricingType,
  afterCreate = "product",
  brands,
  offerPlans = [],
}: TProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setFormState] = useState(initial);
  const [slugTouched, setSlugTouched] = useState(Boolean(initial.slug));
  const [attempted, setAttempted] = useState(false);
  // Saving an existing product revalidates its page; a new one goes to its own.
  const save = useActionForm(saveProductAction, {
    onSuccess: ({ data }) => {
      if (!productId)
        router.push(
          afterCreate === "onboarding" ? "/admin/onboarding" : `/admin/products/${data.id}?created=1`,
        );
    },
  });

  const check = useMemo(
    () => validateProduct(form, { today: new Date(), lockedPricingType }),
    [form, lockedPricingType],
  );
  const errors = { ...(attempted && !check.ok ? check.errors : {}), ...save.fieldErrors };
  const formError = attempted && !check.ok ? staffWording.fixFields : save.formError;

  const setForm: TSetForm = (patch) =>
    setFormState((current) => {
      const next = { ...current, ...patch };
      if (patch.name !== undefined && !slugTouched) next.slug = slugify(patch.name);
      return next;
    });
  const setPrice: TSetPrice = (market, patch) =>
    setFormState((current) => ({
      ...current,
      prices: { ...current.prices, [market]: { ...current.prices[market], ...patch } },
    }));

  useEffect(() => {
    if (attempted) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    // After a save attempt, focus moves to the first field to fix.
  }, [attempted, save.result]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        ref={formRef}
        noValidate
        className="flex flex-col gap-6"
        aria-label={productId ? "Edit product" : "New product"}
        onSubmit={(event) => {
          event.preventDefault();
          setAttempted(true);
          if (check.ok) save.execute({ productId, form });
        }}
      >
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {save.data && productId ? (
          <Alert tone="success">Saved. New sign-ups get these terms; existing agreements keep theirs.</Alert>
        ) : null}
        <BasicsSection
          form={form}
          setForm={setForm}
          errors={errors}
          onSlugEdit={() => setSlugTouched(true)}
        />
        <ProductTextsSection form={form} setForm={setForm} errors={errors} />
        <PricingSection
          form={form}
          setForm={setForm}
          setPrice={setPrice}
          errors={errors}
          lockedPricingType={lockedPricingType}
        />
        <CampaignSection form={form} setForm={setForm} setPrice={setPrice} errors={errors} />
        <InitialChargeSection form={form} setForm={setForm} setPrice={setPrice} errors={errors} />
        <BillingSection form={form} setForm={setForm} errors={errors} />
        <StopOfferSection form={form} setForm={setForm} errors={errors} plans={offerPlans} />
        {check.warnings.length ? (
          <Alert tone="warning" title="Advice from Vipps MobilePay">
            <ul className="list-disc pl-5">
              {check.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <div>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : productId ? "Save changes" : "Create product"}
          </Button>
        </div>
      </form>
      <ProductPreviewCard form={form} brands={brands} />
    </div>
  );
}
