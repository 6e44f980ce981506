import type { Metadata } from "next";
import { DashboardView } from "./_components/dashboard/dashboard-view";
import { requireAdmin } from "@/lib/auth/guards";
import { getDashboard } from "@/lib/server/admin/dashboard/get-dashboard";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

type TQuery = { range?: string; from?: string; to?: string };

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<TQuery> }) {
  await requireAdmin("/admin");
  const query = await searchParams;
  const params = { range: str(query.range), from: str(query.from), to: str(query.to) };
  const dashboard = await getDashboard(params);
  const csv = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return (
    <main id="main">
      <DashboardView dashboard={dashboard} query={params} csvHref={`/api/admin/dashboard.csv?${csv}`} />
    </main>
  );
}

const str = (value: unknown) => (typeof value === "string" ? value : undefined);
