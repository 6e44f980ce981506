import Link from "next/link";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TAuditPage } from "@/lib/server/support/list-audit-events";
import { DataTable } from "@/components/support/data-table";
import { FieldDiff } from "@/components/support/field-diff";
import { time } from "@/components/support/format";

const TARGET_PATH: Record<string, string> = {
  charge: "charges",
  agreement: "agreements",
  customer: "customers",
};

/** Audit entries: who, when, what, why, the Vipps orderId and Idempotency-Key, before and after. */
export function AuditTable({ t, events }: { t: TTranslator; events: TAuditPage["events"] }) {
  const m = t.m.support.audit;
  return (
    <DataTable
      caption={m.title}
      head={[m.when, m.whoColumn, m.action, m.targetColumn, m.reason, m.keys, m.changed]}
      empty={m.empty}
      rows={events.map((e) => ({
        key: e.id,
        cells: [
          <span key="w" className="whitespace-nowrap">
            {time(e.createdAt)}
          </span>,
          e.actor,
          <span
            key="a"
            className={e.action.endsWith(".failed") ? "font-semibold text-red-800" : "font-medium"}
          >
            {e.action}
          </span>,
          TARGET_PATH[e.targetType] ? (
            <Link key="t" href={`/support/${TARGET_PATH[e.targetType]}/${e.targetId}`} className="underline">
              {e.targetType} {e.targetId}
            </Link>
          ) : (
            `${e.targetType} ${e.targetId}`
          ),
          e.reason ?? "–",
          <span key="k" className="font-mono text-xs">
            {[e.orderId, e.idempotencyKey].filter(Boolean).join(" / ") || "–"}
          </span>,
          <div key="d" className="min-w-48 max-w-md">
            <FieldDiff before={e.before} after={e.after} />
          </div>,
        ],
      }))}
    />
  );
}
