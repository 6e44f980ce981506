import type { TChargeView } from "@/lib/server/support/get-charge-view";
import type { TProblem } from "@/lib/errors";
import { DataTable } from "@/components/support/data-table";
import { money, time } from "@/components/support/format";
import { ProblemDetails } from "@/components/support/problem-details";

type THistoryEntry = {
  occurred: string;
  event: string;
  amount: number;
  idempotencyKey?: string | null;
  success: boolean;
};

/** The charge's history as Vipps reports it, and Abo's operations on it (with their keys and outcomes). */
export function ChargeHistory({
  history,
  operations,
  currency,
}: {
  history: unknown;
  operations: TChargeView["operations"];
  currency: string;
}) {
  const entries = (Array.isArray(history) ? history : []) as THistoryEntry[];
  return (
    <div className="flex flex-col gap-6">
      <DataTable
        caption="History at Vipps MobilePay"
        head={["Occurred", "Event", "Amount", "Success", "Idempotency-Key"]}
        empty="Vipps MobilePay has reported no history yet (refresh to read it)."
        rows={entries.map((h, i) => ({
          key: String(i),
          cells: [
            time(h.occurred),
            h.event,
            money(h.amount, currency),
            h.success ? "yes" : "no",
            <span key="k" className="font-mono text-xs">
              {h.idempotencyKey ?? "–"}
            </span>,
          ],
        }))}
      />
      <DataTable
        caption="Operations sent by Abo"
        head={["Created", "Operation", "Status", "Amount", "Idempotency-Key", "By", "Reason", "Vipps said"]}
        empty="No capture, cancel or refund yet."
        rows={operations.map((o) => ({
          key: o.id,
          cells: [
            time(o.createdAt),
            o.kind,
            o.status,
            o.amount === null ? "–" : money(o.amount, currency),
            <span key="k" className="font-mono text-xs">
              {o.idempotencyKey}
            </span>,
            o.actor,
            o.reason ?? "–",
            o.problem ? <ProblemDetails key="p" problem={o.problem as TProblem} /> : "–",
          ],
        }))}
      />
    </div>
  );
}
