import type { Metadata } from "next";
import { brandOf } from "@/components/brand/brand";
import { SubscriptionCard } from "@/components/customer/subscription-card";
import { ButtonLink } from "@/components/ui/button";
import { requireCustomerContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { listSubscriptions } from "@/lib/server/customer-portal/list-subscriptions";
import { getShopName } from "@/lib/server/merchant/get-shop";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.account.title };
}

export default async function AccountPage() {
  const { ctx } = await requireCustomerContext("/account");
  const [t, shopName, subscriptions, clock] = await Promise.all([
    getTranslator(),
    getShopName(ctx),
    listSubscriptions(ctx),
    now(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t.m.account.title}</h1>
      {subscriptions.length === 0 ? (
        <div className="flex flex-col items-start gap-3">
          <p>{t.m.account.empty}</p>
          <ButtonLink href="/">{t.m.account.browse}</ButtonLink>
        </div>
      ) : (
        <ul className="flex flex-col gap-4">
          {subscriptions.map((s) => (
            <li key={s.id}>
              <SubscriptionCard t={t} s={s} shopName={shopName} brand={brandOf(s.market, clock)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
