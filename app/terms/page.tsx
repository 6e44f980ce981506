import type { Metadata } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/app/_components/site-footer";
import { getTranslator } from "@/lib/i18n/server";
import { getShop, getShopLook } from "@/lib/server/merchant/get-shop";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.terms.title };
}

/** The merchant's terms of sale, which the customer accepts before signing up. */
export default async function TermsPage() {
  const [t, shop] = await Promise.all([getTranslator(), getShop()]);
  const shopName = shop?.name ?? "Abo";
  // The terms cover every market, so they name the company rather than one app.
  const brand = "Vipps MobilePay";
  return (
    <>
      <SiteHeader shopName={shopName} look={await getShopLook()} />
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
        <h1 className="text-3xl font-semibold">{t.m.terms.title}</h1>
        <p>{t.format(t.m.terms.intro, { shop: shopName })}</p>
        <p>{t.format(t.m.terms.billing, { brand })}</p>
        <p>{t.format(t.m.terms.changes, { brand })}</p>
        <p>{t.m.terms.withdrawal}</p>
        <p>
          {t.format(t.m.terms.contact, { shop: shopName })}{" "}
          {shop?.supportEmail ? (
            <a className="underline" href={`mailto:${shop.supportEmail}`}>
              {shop.supportEmail}
            </a>
          ) : null}
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
