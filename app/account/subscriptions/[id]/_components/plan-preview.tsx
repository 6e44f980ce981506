"use client";

import type { TTranslator } from "@/lib/i18n/translator";
import type { TPlanTerms } from "@/lib/schemas/customer-portal";
import type { TPlanChangePreview } from "@/lib/server/customer-portal/preview-plan-change";
import type { TBrand } from "@/components/brand/brand";
import { priceText } from "@/components/customer/plan-text";

/** The next three charges a change of plan leaves, with what becomes of a running offer. */
export function PlanPreview({
  t,
  brand,
  preview,
  terms,
}: {
  t: TTranslator;
  brand: TBrand;
  /** undefined while it is being worked out. */
  preview: TPlanChangePreview | undefined;
  terms: TPlanTerms;
}) {
  const m = t.m.manage;
  if (!preview) return <p aria-live="polite">{m.planPreviewLoading}</p>;
  if (preview.kind === "blocked")
    return (
      <p>{preview.until ? t.format(m.planBlocked, { date: t.date(preview.until) }) : m.planPreviewNone}</p>
    );
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      <h5 className="font-semibold">{m.planPreviewTitle}</h5>
      {preview.charges.length ? (
        <ol className="flex flex-col gap-1" aria-label={m.planPreviewTitle}>
          {preview.charges.map((c) => (
            <li key={c.date} className="font-medium">
              {t.format(m.planPreviewItem, {
                date: t.date(c.date),
                amount: t.money(c.amount, terms.currency),
              })}
            </li>
          ))}
        </ol>
      ) : (
        <p>{m.planPreviewNone}</p>
      )}
      {preview.campaign === "kept" ? (
        <p>{t.format(m.planCampaignKept, { brand, newPrice: priceText(t, terms) })}</p>
      ) : null}
      {preview.campaign === "ended" ? <p>{t.format(m.planCampaignEnded, { brand })}</p> : null}
      <p className="text-sm text-neutral-700">{t.format(m.planPreviewNote, { brand })}</p>
    </div>
  );
}
