import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { brandOf } from "@/components/brand/brand";
import { SiteHeader } from "@/components/layout/site-header";
import { ReturnStatus } from "@/components/customer/return-status";
import { SiteFooter } from "@/app/_components/site-footer";
import { requestServerContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { getReturnStatus } from "@/lib/server/customer-portal/get-return-status";
import { publicShop } from "@/app/_components/public-shop";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.subscribe.title, robots: { index: false } };
}

/** merchantRedirectUrl: where Vipps/MobilePay sends the customer back, in any browser, no cookie needed. */
export default async function ReturnPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, { name: shopName, look }, clock] = await Promise.all([getTranslator(), publicShop(), now()]);
  const status = /^[A-Za-z0-9_-]{16,64}$/.test(token)
    ? await getReturnStatus(await requestServerContext(), { token })
    : null;
  if (!status) notFound();
  return (
    <>
      <SiteHeader shopName={shopName} look={look} />
      <main id="main" className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-semibold">{t.m.subscribe.title}</h1>
        <ReturnStatus
          token={token}
          initial={status}
          brand={brandOf(status.market, clock)}
          locale={t.locale}
        />
      </main>
      <SiteFooter />
    </>
  );
}
