"use client";

import { useState } from "react";
import { MARKETS, type TProductForm } from "@/lib/domain/product-rules";
import { agreementPreview } from "@/lib/domain/product-preview";
import type { Market } from "@/lib/generated/prisma/enums";
import type { TBrand } from "@/components/brand/brand";
import { SelectField } from "@/components/ui/form-controls";
import { format } from "@/lib/i18n/translator";
import type { TProductFormMessages } from "./product-form";

/**
 * The agreement as the customer will see it in the Vipps or MobilePay app, following the form.
 * `brands` is each market's app name on Abo's clock, chosen on the server (`brandsAt(await now())`).
 */
export function ProductPreviewCard({
  form,
  brands,
  m,
  countries,
}: {
  form: TProductForm;
  brands: Record<Market, TBrand>;
  m: TProductFormMessages["preview"];
  countries: TProductFormMessages["countries"];
}) {
  const enabled = MARKETS.filter((m) => form.prices[m].enabled);
  const [chosen, setChosen] = useState<Market>(enabled[0] ?? "NO");
  const market = enabled.includes(chosen) ? chosen : (enabled[0] ?? "NO");
  const preview = agreementPreview(form, market);
  return (
    <aside aria-labelledby="preview-title" className="flex flex-col gap-3 self-start lg:sticky lg:top-4">
      <h2 id="preview-title" className="text-lg font-semibold">
        {m.title}
      </h2>
      {enabled.length > 1 ? (
        <SelectField
          label={m.market}
          value={market}
          onChange={(e) => setChosen(e.target.value as Market)}
          options={enabled.map((value) => ({ value, label: countries[value] }))}
        />
      ) : null}
      <div
        role="region"
        aria-label={m.region}
        className="rounded-[2rem] border-8 border-neutral-900 bg-white p-5 shadow-lg"
      >
        <p className="text-xs font-semibold uppercase tracking-wide text-neutral-700">
          {format(m.newAgreement, { brand: brands[market] })}
        </p>
        <p className="mt-3 text-xl font-semibold break-words">{preview.title}</p>
        {preview.description ? (
          <p className="mt-1 text-sm text-neutral-700 break-words">{preview.description}</p>
        ) : null}
        <p className="mt-4 text-base font-medium">{preview.priceText}</p>
        {preview.campaignText ? (
          <p className="mt-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-950">{preview.campaignText}</p>
        ) : null}
        {preview.initialChargeText ? <p className="mt-2 text-sm">{preview.initialChargeText}</p> : null}
        <p
          className="mt-5 rounded-full bg-neutral-900 py-2 text-center text-sm font-semibold text-white"
          aria-hidden="true"
        >
          {m.confirm}
        </p>
      </div>
      <p className="text-sm text-neutral-700">{m.note}</p>
    </aside>
  );
}
