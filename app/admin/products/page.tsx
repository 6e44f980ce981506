import type { Metadata } from "next";
import { ScrollBox } from "@/components/ui/scroll-box";
import { StatusBadge } from "@/components/admin/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { requireAdminContext } from "@/lib/auth/server-context";
import { formatMoney } from "@/lib/domain/money";
import { intervalText } from "@/lib/domain/product-preview";
import { listProducts, type TProductRow } from "@/lib/server/admin/list-products";

export const metadata: Metadata = { title: "Products" };
export const dynamic = "force-dynamic";

const priceOf = (row: TProductRow, p: TProductRow["prices"][number]) =>
  row.pricingType === "LEGACY" && p.amount !== null
    ? formatMoney(p.amount, p.currency, "en-GB")
    : row.pricingType === "VARIABLE" && p.suggestedMaxAmount !== null
      ? `up to ${formatMoney(p.suggestedMaxAmount, p.currency, "en-GB")}`
      : p.currency;

export default async function ProductsPage() {
  const { ctx } = await requireAdminContext("/admin/products");
  const products = await listProducts(ctx);
  return (
    <main id="main" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">Products</h1>
        <ButtonLink href="/admin/products/new">New product</ButtonLink>
      </div>
      {products.length === 0 ? <p>No products yet. Create one, check the preview, then launch it.</p> : null}
      {products.length ? (
        <ScrollBox label="Products">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-300">
                <th className="py-2 pr-4">Product</th>
                <th className="py-2 pr-4">Status</th>
                <th className="py-2 pr-4">Price</th>
                <th className="py-2 pr-4">Campaign</th>
                <th className="py-2 pr-4 text-right">Agreements</th>
              </tr>
            </thead>
            <tbody>
              {products.map((row) => (
                <tr key={row.id} className="border-b border-neutral-200">
                  <td className="py-2 pr-4">
                    <a href={`/admin/products/${row.id}`} className="font-medium underline">
                      {row.name}
                    </a>
                  </td>
                  <td className="py-2 pr-4">
                    <StatusBadge status={row.status} />
                  </td>
                  <td className="py-2 pr-4">
                    {row.prices.map((p) => priceOf(row, p)).join(" · ")}{" "}
                    {intervalText(row.intervalUnit, row.intervalCount)}
                  </td>
                  <td className="py-2 pr-4">
                    {row.campaignType
                      ? row.campaignType.replace("_CAMPAIGN", "").toLowerCase().replace("_", "-")
                      : "—"}
                  </td>
                  <td className="py-2 pr-4 text-right">{row.agreements}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : null}
    </main>
  );
}
