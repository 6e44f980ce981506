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
import { getProductForEdit } from "@/lib/server/admin/get-product-for-edit";
import { listOfferPlans } from "@/lib/server/admin/list-offer-plans";
import { idParamOrNotFound } from "@/lib/server/id-param";
import { orNotFound } from "@/lib/server/or-not-found";

const MARKET_NAMES = { NO: "Norway", DK: "Denmark", FI: "Finland" } as const;

export const metadata: Metadata = { title: "Product" };
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
  return (
    <main id="main" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{product.form.name}</h1>
        <StatusBadge status={product.status} />
        <span className="text-sm text-neutral-700">{product.agreements} agreements</span>
      </div>
      {created ? (
        <Alert tone="success">Product created as a draft. Launch it when the preview reads right.</Alert>
      ) : null}
      {product.status === "LIVE" ? (
        <p className="text-sm">
          On sale at{" "}
          <a className="underline" href={`/products/${product.form.slug}`}>
            /products/{product.form.slug}
          </a>
          .
        </p>
      ) : null}
      <ProductStatusActions
        productId={product.id}
        status={product.status}
        launch={{
          name: product.form.name,
          slug: product.form.slug,
          markets: MARKETS.filter((m) => product.form.prices[m].enabled).map((m) => ({
            name: MARKET_NAMES[m],
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
      />
    </main>
  );
}
