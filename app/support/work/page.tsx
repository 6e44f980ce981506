import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/support/data-table";
import { ButtonLink } from "@/components/ui/button";
import { requireStaffContext } from "@/lib/auth/server-context";
import { getTranslator } from "@/lib/i18n/server";
import { WORK_LISTS, ZWorkListName } from "@/lib/schemas/support";
import { listWorkList } from "@/lib/server/support/list-work-list";
import { countFailedJobs } from "@/lib/server/system/failed-jobs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).m.support.work.title };
}

const LABELS = {
  "failed-charges": "failedCharges",
  "awaiting-capture": "awaitingCapture",
  "pending-agreements": "pendingAgreements",
  "vipps-errors": "vippsErrors",
  "failed-jobs": "failedJobs",
} as const;

export default async function WorkPage({ searchParams }: { searchParams: Promise<{ list?: string }> }) {
  const { ctx } = await requireStaffContext("/support/work");
  const name = ZWorkListName.catch("failed-charges").parse((await searchParams).list);
  const [list, failedJobs] = await Promise.all([listWorkList(ctx, name, 100), countFailedJobs()]);
  const m = (await getTranslator()).m.support.work;
  return (
    <main id="main" className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{m.title}</h1>
      <nav aria-label={m.title} className="flex flex-wrap gap-2">
        {WORK_LISTS.map((l) => (
          <Link
            key={l}
            href={`/support/work?list=${l}`}
            aria-current={l === name ? "page" : undefined}
            className={`rounded-md px-3 py-2 text-sm ${l === name ? "bg-neutral-900 text-white" : "bg-white ring-1 ring-neutral-300"}`}
          >
            {m[LABELS[l]]}
            {l === "failed-jobs" ? ` (${failedJobs})` : null}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="list-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h2 id="list-heading" className="text-lg font-semibold">
              {list.title}
            </h2>
            <p className="text-sm text-neutral-700">{list.description}</p>
          </div>
          <ButtonLink href={`/api/support/work/${name}`} variant="secondary" prefetch={false}>
            {m.downloadCsv}
          </ButtonLink>
        </div>
        <DataTable
          caption={list.title}
          head={list.columns.map((c) => c.label)}
          empty={m.empty}
          rows={list.rows.map((r) => ({
            key: r.id,
            cells: list.columns.map((c, i) =>
              i === 0 && r.href ? (
                <Link key={c.key} href={r.href} className="font-mono text-xs underline">
                  {r.cells[c.key]}
                </Link>
              ) : (
                r.cells[c.key]
              ),
            ),
          }))}
        />
      </section>
    </main>
  );
}
