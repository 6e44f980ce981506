import Link from "next/link";
import type { TAuditPage } from "@/lib/server/support/list-audit-events";
import { DataTable } from "./data-table";
import { time } from "./format";

const TARGET_PATH: Record<string, string> = {
  charge: "charges",
  agreement: "agreements",
  customer: "customers",
};

/** Audit entries: who, when, what, why, the Vipps orderId and Idempotency-Key, before and after. */
export function AuditTable({ events }: { events: TAuditPage["events"] }) {
  return (
    <DataTable
      caption="Audit log"
      head={["When", "Who", "Action", "Target", "Reason", "orderId / Idempotency-Key", "Before → after"]}
      empty="No entries match."
      rows={events.map((e) => ({
        key: e.id,
        cells: [
          time(e.createdAt),
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
          <span key="d" className="text-xs">
            {summary(e.before)} → {summary(e.after)}
          </span>,
        ],
      }))}
    />
  );
}

function summary(value: unknown): string {
  if (value === null || value === undefined) return "–";
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}
