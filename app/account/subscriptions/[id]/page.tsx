import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { brandOf } from "@/components/brand/brand";
import { ChargeList } from "@/components/customer/charge-list";
import { ManagePanel } from "./_components/manage-panel";
import { SubscriptionBadges, SubscriptionFacts } from "@/components/customer/subscription-facts";
import { Card } from "@/components/ui/card";
import { requireCustomerContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { addDays, isoDay, toDateOnly } from "@/lib/domain/periods";
import { getTranslator } from "@/lib/i18n/server";
import { SUGGESTED_MAX_CAP } from "@/lib/domain/product-rules";
import { MAX_PAUSE_DAYS } from "@/lib/server/customer-portal/pause-subscription";
import { getSubscription } from "@/lib/server/customer-portal/get-subscription";
import { syncSubscription } from "@/lib/server/customer-portal/sync-subscription";
import { getShopName } from "@/lib/server/merchant/get-shop";
import { idParamOrNotFound } from "@/lib/server/id-param";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.account.title };
}

/** merchantAgreementUrl: one subscription, its payments, and everything the customer can change. */
export default async function SubscriptionPage({ params }: TProps) {
  const id = idParamOrNotFound((await params).id);
  const { ctx } = await requireCustomerContext(`/account/subscriptions/${encodeURIComponent(id)}`);
  await syncSubscription(ctx, { agreementId: id });
  const [t, shopName, s, clock] = await Promise.all([
    getTranslator(),
    getShopName(ctx),
    getSubscription(ctx, { agreementId: id }),
    now(),
  ]);
  if (!s) notFound();
  const today = toDateOnly(clock);
  const brand = brandOf(s.market, clock);
  return (
    <>
      <Link href="/account" className="inline-flex min-h-11 items-center text-sm underline print:hidden">
        ← {t.m.account.allSubscriptions}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 className="text-2xl font-semibold">{s.productName}</h1>
        <SubscriptionBadges t={t} s={s} />
      </div>
      <Card>
        <SubscriptionFacts t={t} s={s} shopName={shopName} brand={brand} />
      </Card>
      <ManagePanel
        initial={s}
        brand={brand}
        locale={t.locale}
        pauseDates={{ min: isoDay(addDays(today, 1)), max: isoDay(addDays(today, MAX_PAUSE_DAYS)) }}
        amountCap={s.amountCap ?? SUGGESTED_MAX_CAP[s.terms.currency as keyof typeof SUGGESTED_MAX_CAP]}
      />
      <Card aria-labelledby="payments-title" className="flex flex-col gap-2">
        <h2 id="payments-title" className="text-xl font-semibold">
          {t.m.charges.title}
        </h2>
        <ChargeList t={t} charges={s.charges} brand={brand} today={isoDay(today)} />
      </Card>
    </>
  );
}
