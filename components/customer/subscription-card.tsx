import Link from "next/link";
import type { TBrand } from "@/components/brand/brand";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TSubscriptionSummary } from "@/lib/schemas/customer-portal";
import { Card } from "@/components/ui/card";
import { SubscriptionBadges, SubscriptionFacts } from "./subscription-facts";

export function SubscriptionCard({
  t,
  s,
  shopName,
  brand,
}: {
  t: TTranslator;
  s: TSubscriptionSummary;
  shopName: string;
  brand: TBrand;
}) {
  const headingId = `sub-${s.id}`;
  return (
    <Card aria-labelledby={headingId} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold">
          {s.productName}
        </h2>
        <SubscriptionBadges t={t} s={s} />
      </div>
      <SubscriptionFacts t={t} s={s} shopName={shopName} brand={brand} />
      <div>
        <Link
          href={`/account/subscriptions/${s.id}`}
          className="inline-flex min-h-11 items-center justify-center rounded-lg border border-neutral-300 bg-white px-4 py-2 text-sm font-medium hover:bg-neutral-100"
        >
          {t.format(t.m.account.manage, { product: s.productName })}
        </Link>
      </div>
    </Card>
  );
}
