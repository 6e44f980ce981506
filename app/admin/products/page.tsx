import type { Metadata } from "next";
import { ScrollBox } from "@/components/ui/scroll-box";
import { StatusBadge } from "@/components/admin/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { requireAdminContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import type { TTranslator } from "@/lib/i18n/translator";
import { listProducts, type TProductRow } from "@/lib/server/admin/list-products";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.admin.products.title };
}
export const dynamic = "force-dynamic";

const priceOf = (t: TTranslator, row: TProductRow, p: TProductRow["prices"][number]) =>
  row.pricingType === "LEGACY" && p.amount !== null
    ? t.money(p.amount, p.currency)
    : row.pricingType === "VARIABLE" && p.suggestedMaxAmount !== null
      ? t.format(t.m.admin.products.upTo, { amount: t.money(p.suggestedMaxAmount, p.currency) })
      : p.currency;

/** "per month", "every 3 weeks", or "when used" without an interval. */
const intervalOf = (t: TTranslator, row: TProductRow) =>
  row.intervalUnit && row.intervalCount
    ? t.format(t.m.plan.every[`${row.intervalUnit}_${row.intervalCount === 1 ? "one" : "other"}`], {
        count: row.intervalCount,
      })
    : t.m.admin.products.whenUsed;

export default async function ProductsPage() {
  const { ctx } = await requireAdminContext("/admin/products");
  const [products, t] = await Promise.all([listProducts(ctx), getTranslator()]);
  const m = t.m.admin.products;
  return (
    <main id="main" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{m.title}</h1>
        <ButtonLink href="/admin/products/new">{m.newProduct}</ButtonLink>
      </div>
      {products.length === 0 ? <p>{m.empty}</p> : null}
      {products.length ? (
        <ScrollBox label={m.title}>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-300">
                <th className="py-2 pr-4">{m.columns.product}</th>
                <th className="py-2 pr-4">{m.columns.status}</th>
                <th className="py-2 pr-4">{m.columns.price}</th>
                <th className="py-2 pr-4">{m.columns.campaign}</th>
                <th className="py-2 pr-4 text-right">{m.columns.agreements}</th>
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
                    <StatusBadge status={row.status} names={t.m.admin.status} />
                  </td>
                  <td className="py-2 pr-4">
                    {row.prices.map((p) => priceOf(t, row, p)).join(" · ")} {intervalOf(t, row)}
                  </td>
                  <td className="py-2 pr-4">
                    {row.campaignType
                      ? ((m.campaignTypes as Record<string, string>)[row.campaignType] ?? row.campaignType)
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
