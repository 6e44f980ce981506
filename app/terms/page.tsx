import type { Metadata } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/app/_components/site-footer";
import { getTranslator } from "@/lib/i18n/server";
import { publicShop } from "@/app/_components/public-shop";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.terms.title };
}

/** The merchant's terms of sale, which the customer accepts before signing up. */
export default async function TermsPage() {
  const [t, { shop, name: shopName, look }] = await Promise.all([getTranslator(), publicShop()]);
  // The terms cover every market, so they name the company rather than one app.
  const brand = "Vipps MobilePay";
  return (
    <>
      <SiteHeader shopName={shopName} look={look} />
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
