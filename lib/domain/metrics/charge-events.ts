// A charge's money moves, read from its Vipps history, row by row (the dashboard's drill-down
// lists them; the dashboard's SQL counts the same): when it was paid, whether Vipps's retries
// recovered it, and its refunds.
import { SUCCEEDED_STATUSES } from "./payments";
import type { ChargeStatus } from "@/lib/generated/prisma/enums";

type THistoryEntry = { occurred: string; event: string; amount: number; success: boolean };

const entries = (history: unknown): THistoryEntry[] =>
  Array.isArray(history) ? (history as THistoryEntry[]) : [];

/** The first moment money was reserved or captured, or null. */
export function paidAt(history: unknown): Date | null {
  const times = entries(history)
    .filter((h) => (h.event === "RESERVE" || h.event === "CAPTURE") && h.success)
    .map((h) => new Date(h.occurred).getTime())
    .filter((t) => !Number.isNaN(t));
  return times.length ? new Date(Math.min(...times)) : null;
}

/** Succeeded, but paid on a later (UTC) day than its due date: Vipps's retries saved it. */
export function isRecovered(charge: { status: ChargeStatus; due: Date | null; history: unknown }): boolean {
  if (!(SUCCEEDED_STATUSES as readonly string[]).includes(charge.status) || !charge.due) return false;
  const paid = paidAt(charge.history);
  return paid !== null && paid.toISOString().slice(0, 10) > charge.due.toISOString().slice(0, 10);
}

/** Each refund in the history (event REFUND), or the refunded amount at the last update without one. */
export function refundsOf(charge: {
  refundedAmount: number;
  history: unknown;
  updatedAt: Date;
}): { at: Date; amount: number }[] {
  const refunds = entries(charge.history).filter((h) => h.event === "REFUND" && h.success);
  if (refunds.length) return refunds.map((h) => ({ at: new Date(h.occurred), amount: h.amount }));
  return charge.refundedAmount > 0 ? [{ at: charge.updatedAt, amount: charge.refundedAmount }] : [];
}
