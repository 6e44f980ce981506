import type { Metadata } from "next";
import { ProductForm } from "@/app/admin/products/_components/product-form";
import { brandsAt } from "@/components/brand/brand";
import { requireAdminContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { emptyProductForm } from "@/lib/domain/product-form";
import { listOfferPlans } from "@/lib/server/admin/list-offer-plans";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { ctx } = await requireAdminContext("/admin/products/new");
  const { from } = await searchParams;
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">New product</h1>
      <p className="text-neutral-700">It is saved as a draft; launch it when the preview reads right.</p>
      <ProductForm
        initial={emptyProductForm()}
        lockedPricingType={null}
        brands={brandsAt(await now())}
        offerPlans={await listOfferPlans(ctx)}
        afterCreate={from === "onboarding" ? "onboarding" : "product"}
      />
    </main>
  );
}
