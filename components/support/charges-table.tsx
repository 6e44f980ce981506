import Link from "next/link";
import type { TTranslator } from "@/lib/i18n/translator";
import { DataTable } from "./data-table";
import { day, money } from "./format";
import { ChargeStatusBadge } from "./status-badge";

export type TChargeRow = {
  id: string;
  orderId: string;
  type: string;
  status: string;
  amount: number;
  currency: string;
  due: Date | null;
  capturedAmount: number;
  refundedAmount: number;
  description?: string;
  /** FAILED charges: Vipps's failureReason in plain words (failureReasonForStaff). */
  failureReasonText?: string | null;
};

export function ChargesTable({
  t,
  charges,
  caption,
}: {
  t: TTranslator;
  charges: TChargeRow[];
  caption?: string;
}) {
  const m = t.m.support.chargesTable;
  return (
    <DataTable
      caption={caption ?? m.caption}
      head={[m.orderId, m.type, m.status, m.amount, m.captured, m.refunded, m.due]}
      empty={m.empty}
      rows={charges.map((c) => ({
        key: c.id,
        cells: [
          <Link key="o" href={`/support/charges/${c.id}`} className="font-mono text-xs underline">
            {c.orderId}
          </Link>,
          c.type,
          c.failureReasonText ? (
            <span key="s" className="flex flex-col gap-1">
              <ChargeStatusBadge t={t} status={c.status} />
              <span className="text-xs text-neutral-700">{c.failureReasonText}</span>
            </span>
          ) : (
            <ChargeStatusBadge key="s" t={t} status={c.status} />
          ),
          money(c.amount, c.currency),
          money(c.capturedAmount, c.currency),
          money(c.refundedAmount, c.currency),
          day(c.due),
        ],
      }))}
    />
  );
}
