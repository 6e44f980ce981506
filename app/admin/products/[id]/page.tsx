import type { Metadata } from "next";
import { ProductForm } from "@/app/admin/products/_components/product-form";
import { brandsAt } from "@/components/brand/brand";
import { ProductStatusActions } from "@/app/admin/products/_components/product-status-actions";
import { StatusBadge } from "@/components/admin/status-badge";
import { Alert } from "@/components/ui/alert";
import { requireAdminContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { agreementPreview } from "@/lib/domain/product-preview";
import { MARKETS } from "@/lib/domain/product-rules";
import { fillMessage } from "@/components/admin/fill-message";
import { getTranslator } from "@/lib/i18n/server";
import { getProductForEdit } from "@/lib/server/admin/get-product-for-edit";
import { listOfferPlans } from "@/lib/server/admin/list-offer-plans";
import { idParamOrNotFound } from "@/lib/server/id-param";
import { orNotFound } from "@/lib/server/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.admin.products.productTitle };
}
export const dynamic = "force-dynamic";

export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const id = idParamOrNotFound((await params).id);
  const { ctx } = await requireAdminContext(`/admin/products/${id}`);
  const product = await orNotFound(getProductForEdit(ctx, id));
  const { created } = await searchParams;
  const t = await getTranslator();
  const m = t.m.admin.products;
  return (
    <main id="main" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{product.form.name}</h1>
        <StatusBadge status={product.status} names={t.m.admin.status} />
        <span className="text-sm text-neutral-700">
          {t.format(product.agreements === 1 ? m.agreements_one : m.agreements_other, {
            count: product.agreements,
          })}
        </span>
      </div>
      {created ? <Alert tone="success">{m.created}</Alert> : null}
      {product.status === "LIVE" ? (
        <p className="text-sm">
          {fillMessage(m.onSaleAt, {
            link: (
              <a className="underline" href={`/products/${product.form.slug}`}>
                /products/{product.form.slug}
              </a>
            ),
          })}
        </p>
      ) : null}
      <ProductStatusActions
        productId={product.id}
        status={product.status}
        m={{ ...t.m.admin.productStatus, back: t.m.common.back }}
        launch={{
          name: product.form.name,
          slug: product.form.slug,
          markets: MARKETS.filter((m) => product.form.prices[m].enabled).map((m) => ({
            name: t.m.admin.markets[m],
            price: agreementPreview(product.form, m).priceText,
          })),
        }}
      />
      <ProductForm
        key={product.id}
        productId={product.id}
        initial={product.form}
        lockedPricingType={product.lockedPricingType}
        brands={brandsAt(await now())}
        offerPlans={await listOfferPlans(ctx, product.id)}
        m={t.m.admin.productForm}
        intl={t.intl}
      />
    </main>
  );
}
