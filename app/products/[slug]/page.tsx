import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { brandOf } from "@/components/brand/brand";
import { MarketSwitcher } from "@/components/customer/market-switcher";
import { pickMarket } from "@/components/customer/market";
import { PlanSummary } from "@/components/customer/plan-summary";
import { SignUpForm } from "./_components/sign-up-form";
import { SiteFooter } from "@/app/_components/site-footer";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { now } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { getCustomerContact } from "@/lib/server/customer-portal/get-customer-contact";
import { getProduct } from "@/lib/server/customer-portal/get-product";
import { listMarkets } from "@/lib/server/customer-portal/list-markets";
import { publicShop } from "@/app/_components/public-shop";
import { isIdParam } from "@/lib/server/id-param";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ market?: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const [{ slug }, markets, t] = await Promise.all([params, listMarkets(), getTranslator()]);
  const product =
    markets[0] && isIdParam(slug) ? await getProduct({ slug, market: markets[0], locale: t.locale }) : null;
  return { title: product?.name ?? t.m.shop.title };
}

export default async function ProductPage({ params, searchParams }: TProps) {
  const [{ slug }, query, t, { shop, name: shopName, look }, markets, user, clock] = await Promise.all([
    params,
    searchParams,
    getTranslator(),
    publicShop(),
    listMarkets(),
    getCurrentUser(),
    now(),
  ]);
  const market = pickMarket(query.market, t.locale, markets);
  if (!market || !isIdParam(slug)) notFound();
  const product = await getProduct({ slug, market, locale: t.locale });
  // Not sold in this market: say so, if it is sold elsewhere; otherwise there is no such page.
  const elsewhere = product
    ? null
    : (await Promise.all(markets.map((m) => getProduct({ slug, market: m, locale: t.locale })))).find(
        Boolean,
      );
  if (!product && !elsewhere) notFound();
  const shown = product ?? elsewhere!;
  const brand = brandOf(market, clock);
  const contact = user?.customerId ? await getCustomerContact({ customerId: user.customerId }) : null;
  return (
    <>
      <SiteHeader shopName={shopName} look={look} />
      <main id="main" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-semibold">{shown.name}</h1>
          {shown.description ? <p className="text-lg text-neutral-800">{shown.description}</p> : null}
        </div>
        <MarketSwitcher t={t} markets={markets} current={market} basePath={`/products/${slug}`} />
        {product ? (
          <>
            <Card aria-labelledby="what-you-pay" className="flex flex-col gap-2">
              <h2 id="what-you-pay" className="text-lg font-semibold">
                {t.m.shop.whatYouPay}
              </h2>
              <PlanSummary t={t} terms={product.terms} priceClassName="text-2xl font-semibold" />
              {product.sharesProfile ? (
                <p className="text-sm text-neutral-800">{t.format(t.m.plan.sharesProfile, { brand })}</p>
              ) : null}
            </Card>
            <Card aria-labelledby="sign-up" className="flex flex-col gap-4">
              <h2 id="sign-up" className="text-lg font-semibold">
                {t.m.shop.signUpTitle}
              </h2>
              <SignUpForm
                locale={t.locale}
                slug={product.slug}
                market={market}
                brand={brand}
                shopName={shopName}
                termsUrl={shop?.termsUrl ?? "/terms"}
                terms={product.terms}
                defaults={{
                  email: contact?.email ?? "",
                  phone: contact?.phone ?? "",
                  name: contact?.name ?? "",
                }}
              />
            </Card>
          </>
        ) : (
          <Alert tone="info">{t.format(t.m.shop.notOnSale, { country: t.m.country[market] })}</Alert>
        )}
      </main>
      <SiteFooter />
    </>
  );
}
