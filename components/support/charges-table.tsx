import Link from "next/link";
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

export function ChargesTable({ charges, caption = "Charges" }: { charges: TChargeRow[]; caption?: string }) {
  return (
    <DataTable
      caption={caption}
      head={["Order id", "Type", "Status", "Amount", "Captured", "Refunded", "Due"]}
      empty="No charges."
      rows={charges.map((c) => ({
        key: c.id,
        cells: [
          <Link key="o" href={`/support/charges/${c.id}`} className="font-mono text-xs underline">
            {c.orderId}
          </Link>,
          c.type,
          c.failureReasonText ? (
            <span key="s" className="flex flex-col gap-1">
              <ChargeStatusBadge status={c.status} />
              <span className="text-xs text-neutral-700">{c.failureReasonText}</span>
            </span>
          ) : (
            <ChargeStatusBadge key="s" status={c.status} />
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
