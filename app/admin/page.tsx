import type { Metadata } from "next";
import { DashboardView } from "./_components/dashboard/dashboard-view";
import { requireAdminContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { getDashboard } from "@/lib/server/admin/dashboard/get-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.dashboard.view.pageTitle };
}
export const dynamic = "force-dynamic";

type TQuery = { range?: string; from?: string; to?: string; currency?: string };

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<TQuery> }) {
  const { ctx } = await requireAdminContext("/admin");
  const query = await searchParams;
  const params = { range: str(query.range), from: str(query.from), to: str(query.to) };
  const [dashboard, t] = await Promise.all([getDashboard(ctx, params), getTranslator()]);
  // The money charts show one currency (?currency=, else the one with the largest MRR in minor
  // units, else the first): currencies never share an axis.
  const wanted = str(query.currency);
  const largest = [...dashboard.currencies].sort(
    (a, b) => (dashboard.totals.mrr[b] ?? 0) - (dashboard.totals.mrr[a] ?? 0),
  )[0];
  const currency = wanted && dashboard.currencies.includes(wanted) ? wanted : (largest ?? null);
  const csv = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <main id="main">
      <DashboardView
        dashboard={dashboard}
        query={params}
        currency={currency}
        t={t}
        csvHref={`/api/admin/dashboard.csv?${csv}`}
      />
    </main>
  );
}

const str = (value: unknown) => (typeof value === "string" ? value : undefined);
