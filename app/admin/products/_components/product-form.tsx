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
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
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
export type TProductFormMessages = TAdminMessages["productForm"];

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
  m: TProductFormMessages;
  /** The staff member's Intl locale, for numbers in hints. */
  intl: string;
};

/** The product editor: every Vipps rule checked as you type (after the first save), with a live preview. */
export function ProductForm({
  productId,
  initial,
  lockedPricingType,
  afterCreate = "product",
  brands,
  offerPlans = [],
  m,
  intl,
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

  const section = { form, setForm, errors, m };
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        ref={formRef}
        noValidate
        className="flex flex-col gap-6"
        aria-label={productId ? m.editProduct : m.newProduct}
        onSubmit={(event) => {
          event.preventDefault();
          setAttempted(true);
          if (check.ok) save.execute({ productId, form });
        }}
      >
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {save.data && productId ? <Alert tone="success">{m.savedExisting}</Alert> : null}
        <BasicsSection {...section} onSlugEdit={() => setSlugTouched(true)} />
        <ProductTextsSection {...section} />
        <PricingSection {...section} setPrice={setPrice} lockedPricingType={lockedPricingType} intl={intl} />
        <CampaignSection {...section} setPrice={setPrice} />
        <InitialChargeSection {...section} setPrice={setPrice} />
        <BillingSection {...section} />
        <StopOfferSection {...section} plans={offerPlans} />
        {check.warnings.length ? (
          <Alert tone="warning" title={m.vippsAdvice}>
            <ul className="list-disc pl-5">
              {check.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
        <div>
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? m.saving : productId ? m.saveChanges : m.create}
          </Button>
        </div>
      </form>
      <ProductPreviewCard form={form} brands={brands} m={m.preview} countries={m.countries} />
    </div>
  );
}
