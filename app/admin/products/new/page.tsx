import type { Metadata } from "next";
import { ProductForm } from "@/app/admin/products/_components/product-form";
import { brandsAt } from "@/components/brand/brand";
import { requireAdminContext } from "@/lib/auth/server-context";
import { now } from "@/lib/clock";
import { emptyProductForm } from "@/lib/domain/product-form";
import { getTranslator } from "@/lib/i18n/server";
import { listOfferPlans } from "@/lib/server/admin/list-offer-plans";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.admin.products.newProduct };
}

export default async function NewProductPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const { ctx } = await requireAdminContext("/admin/products/new");
  const { from } = await searchParams;
  const t = await getTranslator();
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t.m.admin.products.newProduct}</h1>
      <p className="text-neutral-700">{t.m.admin.products.newIntro}</p>
      <ProductForm
        initial={emptyProductForm()}
        lockedPricingType={null}
        brands={brandsAt(await now())}
        offerPlans={await listOfferPlans(ctx)}
        afterCreate={from === "onboarding" ? "onboarding" : "product"}
        m={t.m.admin.productForm}
        intl={t.intl}
      />
    </main>
  );
}
