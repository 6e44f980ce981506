import type { TTranslator } from "@/lib/i18n/translator";
import type { TPlanTerms } from "@/lib/schemas/customer-portal";
import { campaignText, initialChargeText, priceText } from "./plan-text";

/** Price, offer and first payment, stated plainly, one per line. */
export function PlanSummary({
  t,
  terms,
  priceClassName,
}: {
  t: TTranslator;
  terms: TPlanTerms;
  priceClassName?: string;
}) {
  const campaign = campaignText(t, terms);
  const initial = initialChargeText(t, terms);
  return (
    <div className="flex flex-col gap-1">
      <p className={priceClassName ?? "font-semibold"}>{priceText(t, terms)}</p>
      {campaign ? <p className="text-sm text-green-900">{campaign}</p> : null}
      {initial ? <p className="text-sm text-neutral-800">{initial}</p> : null}
    </div>
  );
}
