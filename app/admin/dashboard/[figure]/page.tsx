import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DrilldownView } from "../../_components/dashboard/drilldown-view";
import { requireAdminContext } from "@/lib/auth/server-context";
import { isDrilldownFigure } from "@/lib/domain/metrics/figures";
import { getTranslator } from "@/lib/i18n/server";
import { getDrilldown } from "@/lib/server/admin/dashboard/get-drilldown";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.dashboard.view.figurePageTitle };
}
export const dynamic = "force-dynamic";

type TQuery = { range?: string; from?: string; to?: string; currency?: string; reason?: string };

export default async function DrilldownPage({
  params,
  searchParams,
}: {
  params: Promise<{ figure: string }>;
  searchParams: Promise<TQuery>;
}) {
  const { figure } = await params;
  const { ctx } = await requireAdminContext(`/admin/dashboard/${encodeURIComponent(figure)}`);
  if (!isDrilldownFigure(figure)) notFound();
  const query = await searchParams;
  const range = { range: str(query.range), from: str(query.from), to: str(query.to) };
  const [list, t] = await Promise.all([
    getDrilldown(ctx, { figure, ...range, currency: str(query.currency), reason: str(query.reason) }),
    getTranslator(),
  ]);
  const csv = new URLSearchParams(
    Object.entries({
      ...range,
      currency: list.currency ?? undefined,
      reason: list.reason ?? undefined,
    }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return (
    <main id="main">
      <DrilldownView
        list={list}
        query={range}
        t={t}
        csvHref={`/api/admin/dashboard/${figure}${csv ? `?${csv}` : ""}`}
      />
    </main>
  );
}

const str = (value: unknown) => (typeof value === "string" ? value : undefined);
