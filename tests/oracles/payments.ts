// Test oracle (not run in production): payment outcomes as the dashboard counts them in SQL
// (lib/server/admin/dashboard/query-payments.ts, query-refunds.ts). A RECURRING or UNSCHEDULED
// charge counts on its due date (unscheduled: its creation date) once Vipps has decided it: it
// succeeded when money was reserved or taken (whatever happened after, e.g. a refund), failed when
// Vipps gave up after the retry days. Initial charges are part of signing up and are left out;
// pending and cancelled charges have no outcome. Vipps shows merchants no single attempts, so a
// charge counts as recovered when its money came on a later day than its due date.
import type { ChargeStatus } from "@/lib/generated/prisma/enums";
import { SUCCEEDED_STATUSES } from "@/lib/domain/metrics/payments";

export type TOutcome = "succeeded" | "failed" | null;

export function chargeOutcome(status: ChargeStatus): TOutcome {
  if ((SUCCEEDED_STATUSES as readonly string[]).includes(status)) return "succeeded";
  return status === "FAILED" ? "failed" : null;
}

export type THistoryEntry = { occurred: string; event: string; amount: number; success: boolean };

/** The first moment money was reserved or captured, from the charge's Vipps history. */
export function paidAt(history: unknown): Date | null {
  if (!Array.isArray(history)) return null;
  const times = (history as THistoryEntry[])
    .filter((h) => (h.event === "RESERVE" || h.event === "CAPTURE") && h.success)
    .map((h) => new Date(h.occurred).getTime())
    .filter((t) => !Number.isNaN(t));
  return times.length ? new Date(Math.min(...times)) : null;
}

/** Succeeded, but on a later (UTC) day than its due date. */
export function isRecovered(charge: { status: ChargeStatus; due: Date | null; history: unknown }): boolean {
  if (chargeOutcome(charge.status) !== "succeeded" || !charge.due) return false;
  const paid = paidAt(charge.history);
  return paid !== null && paid.toISOString().slice(0, 10) > charge.due.toISOString().slice(0, 10);
}

/** Refunds from a charge's history (event REFUND), or its refunded amount at `fallbackAt` without one. */
export function refundsOf(charge: {
  refundedAmount: number;
  history: unknown;
  updatedAt: Date;
}): { at: Date; amount: number }[] {
  const entries = Array.isArray(charge.history)
    ? (charge.history as THistoryEntry[]).filter((h) => h.event === "REFUND" && h.success)
    : [];
  if (entries.length) return entries.map((h) => ({ at: new Date(h.occurred), amount: h.amount }));
  return charge.refundedAmount > 0 ? [{ at: charge.updatedAt, amount: charge.refundedAmount }] : [];
}
