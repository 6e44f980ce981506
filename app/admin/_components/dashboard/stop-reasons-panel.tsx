import Link from "next/link";
import { Card } from "@/components/ui/card";
import { drilldownHref, glossaryHref } from "@/lib/domain/metrics/figures";
import { fillMessage } from "@/components/admin/fill-message";
import type { TDashboardMessages } from "@/lib/i18n/messages/dashboard/types";
import { FigureLink } from "./kpi";
import type { TStopReasonRow } from "@/lib/server/admin/dashboard/query-stop-reasons";

/**
 * Why customers stop: the reasons chosen in the stop flow in the range, each agreement's standing
 * decision once, and how many the product's offer kept (a pause or a cheaper plan instead).
 */
export function StopReasonsPanel({
  rows,
  query,
  m,
}: {
  rows: TStopReasonRow[];
  query: { range?: string; from?: string; to?: string };
  m: TDashboardMessages;
}) {
  // The reasons as the drill-down names them (the customers' own words are in the customer messages).
  const reasons = m.drilldown.reasons;
  const to = (figure: "stops" | "kept-by-offer", reason?: string) =>
    drilldownHref(figure, { ...query, reason });
  const stopped = rows.reduce((t, r) => t + r.stopped, 0);
  const kept = rows.reduce((t, r) => t + r.kept, 0);
  return (
    <Card aria-labelledby="stop-reasons-title" className="flex flex-col gap-3">
      <h2 id="stop-reasons-title" className="text-lg font-semibold">
        {m.stopReasons.title}
      </h2>
      <p className="text-sm text-neutral-700">
        {fillMessage(stopped === 1 ? m.stopReasons.summary_one : m.stopReasons.summary_other, {
          stopped: <FigureLink href={to("stops")}>{stopped}</FigureLink>,
          kept: <FigureLink href={to("kept-by-offer")}>{kept}</FigureLink>,
        })}
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-neutral-200">
            <th scope="col" className="py-2 pr-4 font-medium">
              {m.stopReasons.reason}
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              <Link href={glossaryHref("stops")} className="underline decoration-dotted underline-offset-4">
                {m.stopReasons.stopped}
              </Link>
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              <Link
                href={glossaryHref("kept-by-offer")}
                className="underline decoration-dotted underline-offset-4"
              >
                {m.stopReasons.kept}
              </Link>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.reason ?? "none"} className="border-b border-neutral-100">
              <th scope="row" className="py-2 pr-4 font-normal">
                {reasons[row.reason ?? "NONE"]}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">
                <FigureLink href={to("stops", row.reason ?? "NONE")}>{row.stopped}</FigureLink>
              </td>
              <td className="py-2 text-right tabular-nums">
                <FigureLink href={to("kept-by-offer", row.reason ?? "NONE")}>{row.kept}</FigureLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
