import Link from "next/link";
import { DataTable } from "@/components/support/data-table";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Currency } from "@/lib/generated/prisma/enums";
import { drilldownHref, glossaryHref } from "@/lib/domain/metrics/figures";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TDrilldown } from "@/lib/server/admin/dashboard/get-drilldown";
import { CurrencyNav } from "./currency-nav";
import { drilldownColumns, rowHref, textCell } from "@/lib/domain/metrics/drilldown-columns";

/** At most this many rows on the page; the CSV has every one. */
export const DRILLDOWN_PAGE_ROWS = 500;

/** The rows behind one dashboard figure, with their total and a way back to the figure and its formula. */
export function DrilldownView({
  list,
  query,
  csvHref,
  t,
}: {
  list: TDrilldown;
  query: { range?: string; from?: string; to?: string };
  csvHref: string;
  t: TTranslator;
}) {
  const m = t.m.dashboard.drilldown;
  const name = t.m.dashboard.figures[list.figure];
  const columns = drilldownColumns(list.figure, m);
  const shown = list.rows.slice(0, DRILLDOWN_PAGE_ROWS);
  const dashboardQuery = new URLSearchParams(
    Object.entries({ ...query, currency: list.currency ?? undefined }).filter((e): e is [string, string] =>
      Boolean(e[1]),
    ),
  ).toString();
  const totals = Object.entries(list.totals)
    .map(([currency, amount]) => t.money(amount, currency))
    .join(" · ");
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={m.backToDashboard} className="text-sm">
        <Link href={`/admin${dashboardQuery ? `?${dashboardQuery}` : ""}`} className="underline">
          {m.backToDashboard}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{t.format(m.title, { figure: name })}</h1>
      {list.rangeErrors ? <Alert tone="error">{m.rangeError}</Alert> : null}
      <p className="text-sm text-neutral-700">
        {list.through
          ? t.format(m.through, { through: t.date(list.through) })
          : t.format(m.range, { from: t.date(list.range.from), to: t.date(list.range.to) })}{" "}
        {list.at ? t.format(m.readAt, { at: list.at.slice(0, 16).replace("T", " ") }) : null}{" "}
        <Link href={glossaryHref(list.figure)} className="underline">
          {m.howCounted}
        </Link>
      </p>
      {list.reason ? (
        <p className="text-sm">
          {m.columns.reason}: {(m.reasons as Record<string, string>)[list.reason] ?? list.reason}
        </p>
      ) : null}
      {list.kind === "money" ? (
        <CurrencyNav
          label={m.currency}
          current={list.currency}
          options={[null, ...Object.values(Currency)].map((c) => ({
            value: c,
            label: c ?? m.allCurrencies,
            href: drilldownHref(list.figure, { ...query, currency: c ?? undefined }),
          }))}
        />
      ) : null}
      <section aria-labelledby="drilldown-summary" className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="drilldown-summary" className="sr-only">
            {m.total}
          </h2>
          <p className="text-xl font-semibold" data-testid="drilldown-total">
            {list.kind === "money" ? `${m.total}: ${totals || "0"}` : t.format(m.rows, { count: list.count })}
          </p>
          <p className="text-sm text-neutral-700">
            {list.kind === "money" ? `${t.format(m.rows, { count: list.count })} · ` : null}
            {m.addsUp}
          </p>
        </div>
        <ButtonLink href={csvHref} variant="secondary" prefetch={false}>
          {m.downloadCsv}
        </ButtonLink>
      </section>
      {list.rows.length > shown.length ? (
        <p className="text-sm">{t.format(m.showingFirst, { shown: shown.length, count: list.count })}</p>
      ) : null}
      <DataTable
        caption={t.format(m.title, { figure: name })}
        head={columns.map((c) => c.label)}
        empty={m.empty}
        rows={shown.map((row) => ({
          key: row.key,
          cells: columns.map((c) => {
            if (c.key === "reference")
              return (
                <Link key={c.key} href={rowHref(row)} className="font-mono text-xs break-all underline">
                  {row.reference}
                </Link>
              );
            if (c.key === "date") return row.date ? t.date(row.date) : "";
            if (c.key === "amount")
              return row.amount !== null && row.currency ? (
                <span
                  className="whitespace-nowrap tabular-nums"
                  data-amount={row.amount}
                  data-currency={row.currency}
                >
                  {t.money(row.amount, row.currency)}
                </span>
              ) : (
                ""
              );
            return textCell(row, c.key, m);
          }),
        }))}
      />
    </div>
  );
}
