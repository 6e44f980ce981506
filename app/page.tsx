import { SiteHeader } from "@/components/layout/site-header";
import { getShopName } from "@/lib/server/merchant/get-shop";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const shopName = await getShopName();
  return (
    <>
      <SiteHeader shopName={shopName} />
      <main className="mx-auto max-w-5xl px-4 py-8">
        <h1 className="text-3xl font-semibold">{shopName}</h1>
      </main>
    </>
  );
}
