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
import { requestServerContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { getCustomerContact } from "@/lib/server/customer-portal/get-customer-contact";
import { getProduct } from "@/lib/server/customer-portal/get-product";
import { listMarkets } from "@/lib/server/customer-portal/list-markets";
import { publicShop } from "@/app/_components/public-shop";
import { isIdParam } from "@/lib/server/id-param";
import { orNotFound } from "@/lib/server/or-not-found";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ market?: string }> };

// No merchant yet (before /setup): nothing is on sale, so there is no such page.
const shopContext = () => orNotFound(requestServerContext());

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const ctx = await shopContext();
  const [{ slug }, markets, t] = await Promise.all([params, listMarkets(ctx), getTranslator()]);
  const product = markets[0] && isIdParam(slug) ? await getProduct(ctx, { slug, market: markets[0] }) : null;
  return { title: product?.name ?? t.m.shop.title };
}

export default async function ProductPage({ params, searchParams }: TProps) {
  const ctx = await shopContext();
  const clock = ctx.now;
  const [{ slug }, query, t, { shop, name: shopName, look }, markets] = await Promise.all([
    params,
    searchParams,
    getTranslator(),
    publicShop(),
    listMarkets(ctx),
  ]);
  const market = pickMarket(query.market, t.locale, markets);
  if (!market || !isIdParam(slug)) notFound();
  const product = await getProduct(ctx, { slug, market });
  // Not sold in this market: say so, if it is sold elsewhere; otherwise there is no such page.
  const elsewhere = product
    ? null
    : (await Promise.all(markets.map((m) => getProduct(ctx, { slug, market: m })))).find(Boolean);
  if (!product && !elsewhere) notFound();
  const shown = product ?? elsewhere!;
  const brand = brandOf(market, clock);
  // A signed-in customer's own details prefill the form.
  const contact = ctx.actor.type === "CUSTOMER" ? await getCustomerContact(ctx) : null;
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
