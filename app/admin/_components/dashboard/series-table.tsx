import type { TDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { ScrollBox } from "@/components/ui/scroll-box";
import { bucketLabel, money } from "@/components/admin/dashboard/format";

/** The numbers behind the charts, one row per bucket. */
export function SeriesTable({ dashboard }: { dashboard: TDashboard }) {
  const { currencies, range } = dashboard;
  return (
    <details className="rounded-xl border border-neutral-200 bg-white p-4">
      <summary className="min-h-11 cursor-pointer font-medium">Show the numbers</summary>
      <ScrollBox label="Dashboard figures" className="mt-3">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Dashboard figures per {range.bucket}</caption>
          <thead>
            <tr className="border-b border-neutral-300">
              <th className="py-1 pr-3">
                {range.bucket === "month" ? "Month" : range.bucket === "week" ? "Week of" : "Day"}
              </th>
              {currencies.map((c) => (
                <th key={c} className="py-1 pr-3 text-right">
                  MRR {c}
                </th>
              ))}
              <th className="py-1 pr-3 text-right">Subscribers</th>
              <th className="py-1 pr-3 text-right">New</th>
              <th className="py-1 pr-3 text-right">Churned (voluntary)</th>
              <th className="py-1 pr-3 text-right">Churned (failed payment)</th>
              <th className="py-1 pr-3 text-right">Succeeded</th>
              <th className="py-1 pr-3 text-right">Failed</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.buckets.map((b) => (
              <tr key={b.start} className="border-b border-neutral-100">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {bucketLabel(b.start, range.bucket)}
                </th>
                {currencies.map((c) => (
                  <td key={c} className="py-1 pr-3 text-right tabular-nums">
                    {money(b.mrr[c] ?? 0, c)}
                  </td>
                ))}
                <td className="py-1 pr-3 text-right tabular-nums">{b.subscribers}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{b.started}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{b.churnedVoluntary}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{b.churnedFailedPayment}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{b.succeeded}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{b.failed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </details>
  );
}
