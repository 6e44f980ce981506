import type { TDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { ScrollBox } from "@/components/ui/scroll-box";
import { drilldownHref, type TDrilldownFigure } from "@/lib/domain/metrics/figures";
import { bucketLabel, money } from "@/components/admin/dashboard/format";
import type { TDashboardMessages } from "@/lib/i18n/messages/dashboard/types";
import type { TTranslator } from "@/lib/i18n/translator";
import { FigureLink } from "./kpi";

const COUNTS: {
  figure: TDrilldownFigure;
  label: keyof TDashboardMessages["series"];
  pick: (b: TDashboard["buckets"][number]) => number;
}[] = [
  { figure: "subscribers", label: "subscribers", pick: (b) => b.subscribers },
  { figure: "new", label: "new", pick: (b) => b.started },
  { figure: "churned-voluntary", label: "churnedVoluntary", pick: (b) => b.churnedVoluntary },
  { figure: "churned-failed-payment", label: "churnedFailed", pick: (b) => b.churnedFailedPayment },
  { figure: "charges-succeeded", label: "succeeded", pick: (b) => b.succeeded },
  { figure: "charges-failed", label: "failed", pick: (b) => b.failed },
];

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The numbers behind the charts, one row per bucket. Each number leads to its rows: a bucket is a
 * custom range of its own days, whose levels are read at the bucket's end as the chart's are.
 */
export function SeriesTable({ dashboard, t }: { dashboard: TDashboard; t: TTranslator }) {
  const m = t.m.dashboard;
  const { currencies, range, buckets } = dashboard;
  const bucketRange = (i: number) => {
    const next = buckets[i + 1]?.start;
    const last = next ? day(new Date(new Date(`${next}T00:00:00Z`).getTime() - 86_400_000)) : range.to;
    return { range: "custom", from: buckets[i]!.start, to: last };
  };
  return (
    <details className="rounded-xl border border-neutral-200 bg-white p-4">
      <summary className="min-h-11 cursor-pointer font-medium">{m.numbers.show}</summary>
      <ScrollBox label={m.numbers.label} className="mt-3">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            {t.format(m.numbers.caption, { bucket: m.view.buckets[range.bucket] })}
          </caption>
          <thead>
            <tr className="border-b border-neutral-300">
              <th className="py-1 pr-3">
                {range.bucket === "month"
                  ? m.numbers.month
                  : range.bucket === "week"
                    ? m.numbers.weekOf
                    : m.numbers.day}
              </th>
              {currencies.map((c) => (
                <th key={c} className="py-1 pr-3 text-right">
                  {t.format(m.numbers.mrr, { currency: c })}
                </th>
              ))}
              {COUNTS.map((c) => (
                <th key={c.figure} className="py-1 pr-3 text-right">
                  {m.series[c.label]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {buckets.map((b, i) => (
              <tr key={b.start} className="border-b border-neutral-100">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {bucketLabel(b.start, range.bucket, t.intl)}
                </th>
                {currencies.map((c) => (
                  <td key={c} className="py-1 pr-3 text-right tabular-nums">
                    <FigureLink href={drilldownHref("mrr", { ...bucketRange(i), currency: c })}>
                      {money(b.mrr[c] ?? 0, c, t.intl)}
                    </FigureLink>
                  </td>
                ))}
                {COUNTS.map((c) => (
                  <td key={c.figure} className="py-1 pr-3 text-right tabular-nums">
                    <FigureLink href={drilldownHref(c.figure, bucketRange(i))}>{c.pick(b)}</FigureLink>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </details>
  );
}
