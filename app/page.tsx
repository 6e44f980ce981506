import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/layout/site-header";
import { brandOf } from "@/components/brand/brand";
import { SiteFooter } from "./_components/site-footer";
import { MarketSwitcher } from "@/components/customer/market-switcher";
import { pickMarket } from "@/components/customer/market";
import { PlanSummary } from "@/components/customer/plan-summary";
import { Card } from "@/components/ui/card";
import { requestServerContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { getTranslator } from "@/lib/i18n/server";
import { listMarkets } from "@/lib/server/customer-portal/list-markets";
import { listProducts } from "@/lib/server/customer-portal/list-products";
import { publicShop } from "@/app/_components/public-shop";
import { installationMerchantId } from "@/lib/server/context/build-context";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.shop.title };
}

export default async function StorefrontPage({
  searchParams,
}: {
  searchParams: Promise<{ market?: string }>;
}) {
  // Before /setup there is no merchant yet: an empty shop, not an error.
  const ctx = (await installationMerchantId()) ? await requestServerContext() : null;
  const [t, { name: shopName, look }, markets, params, clock] = await Promise.all([
    getTranslator(),
    publicShop(),
    ctx ? listMarkets(ctx) : [],
    searchParams,
    now(),
  ]);
  const market = pickMarket(params.market, t.locale, markets);
  const products = ctx && market ? await listProducts(ctx, { market }) : [];
  const brand = brandOf(market ?? "NO", clock);
  return (
    <>
      <SiteHeader shopName={shopName} look={look} />
      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-semibold">{shopName}</h1>
          <p className="text-lg text-neutral-800">{t.format(t.m.shop.intro, { brand })}</p>
        </div>
        {market ? <MarketSwitcher t={t} markets={markets} current={market} basePath="/" /> : null}
        {products.length === 0 ? <p>{t.m.shop.nothingOnSale}</p> : null}
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {products.map((product) => (
            <li key={product.slug}>
              <Card className="flex h-full flex-col gap-3">
                <h2 className="text-xl font-semibold">{product.name}</h2>
                {product.description ? <p className="text-neutral-800">{product.description}</p> : null}
                <PlanSummary t={t} terms={product.terms} priceClassName="text-lg font-semibold" />
                <Link
                  href={`/products/${product.slug}?market=${product.market}`}
                  className="mt-auto inline-flex min-h-11 items-center justify-center rounded-lg bg-neutral-900 px-4 py-2 text-sm font-medium text-white hover:bg-neutral-700"
                >
                  {t.format(t.m.shop.seeDetails, { product: product.name })}
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      </main>
      <SiteFooter />
    </>
  );
}
