import Link from "next/link";
import { Card } from "@/components/ui/card";
import { drilldownHref, glossaryHref } from "@/lib/domain/metrics/figures";
import { FigureLink } from "./kpi";
import type { TStopReason } from "@/lib/domain/stop-reasons";
import type { TStopReasonRow } from "@/lib/server/admin/dashboard/query-stop-reasons";

// The customer's words (lib/i18n messages) are for customers; the merchant reads them in English.
const LABEL: Record<TStopReason, string> = {
  TOO_EXPENSIVE: "It costs too much",
  NOT_USING: "Does not use it enough",
  TEMPORARY: "Only needs a break",
  SWITCHING: "Switching to something else",
  UNHAPPY: "Not happy with it",
  OTHER: "Something else, or would rather not say",
};

/**
 * Why customers stop: the reasons chosen in the stop flow in the range, each agreement's standing
 * decision once, and how many the product's offer kept (a pause or a cheaper plan instead).
 */
export function StopReasonsPanel({
  rows,
  query,
}: {
  rows: TStopReasonRow[];
  query: { range?: string; from?: string; to?: string };
}) {
  const to = (figure: "stops" | "kept-by-offer", reason?: string) =>
    drilldownHref(figure, { ...query, reason });
  const stopped = rows.reduce((t, r) => t + r.stopped, 0);
  const kept = rows.reduce((t, r) => t + r.kept, 0);
  return (
    <Card aria-labelledby="stop-reasons-title" className="flex flex-col gap-3">
      <h2 id="stop-reasons-title" className="text-lg font-semibold">
        Why customers stop
      </h2>
      <p className="text-sm text-neutral-700">
        <FigureLink href={to("stops")}>{stopped}</FigureLink> {stopped === 1 ? "stop" : "stops"} by customers
        in the range; <FigureLink href={to("kept-by-offer")}>{kept}</FigureLink> kept by an offer.
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-neutral-200">
            <th scope="col" className="py-2 pr-4 font-medium">
              Reason
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              <Link href={glossaryHref("stops")} className="underline decoration-dotted underline-offset-4">
                Stopped
              </Link>
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              <Link
                href={glossaryHref("kept-by-offer")}
                className="underline decoration-dotted underline-offset-4"
              >
                Kept by the offer
              </Link>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.reason ?? "none"} className="border-b border-neutral-100">
              <th scope="row" className="py-2 pr-4 font-normal">
                {row.reason ? LABEL[row.reason] : "No reason given"}
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
