import type { TChargeView } from "@/lib/server/support/get-charge-view";
import type { TProblem } from "@/lib/errors";
import type { TTranslator } from "@/lib/i18n/translator";
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
  t,
  history,
  operations,
  currency,
}: {
  t: TTranslator;
  history: unknown;
  operations: TChargeView["operations"];
  currency: string;
}) {
  const m = t.m.support.charge.historyTable;
  const entries = (Array.isArray(history) ? history : []) as THistoryEntry[];
  return (
    <div className="flex flex-col gap-6">
      <DataTable
        caption={m.caption}
        head={[m.occurred, m.event, m.amount, m.success, "Idempotency-Key"]}
        empty={m.empty}
        rows={entries.map((h, i) => ({
          key: String(i),
          cells: [
            time(h.occurred),
            h.event,
            money(h.amount, currency),
            h.success ? t.m.support.common.yes : t.m.support.common.no,
            <span key="k" className="font-mono text-xs">
              {h.idempotencyKey ?? "–"}
            </span>,
          ],
        }))}
      />
      <DataTable
        caption={m.operationsCaption}
        head={[m.created, m.operation, m.status, m.amount, "Idempotency-Key", m.by, m.reason, m.vippsSaid]}
        empty={m.noOperations}
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
            o.problem ? <ProblemDetails key="p" t={t} problem={o.problem as TProblem} /> : "–",
          ],
        }))}
      />
    </div>
  );
}
