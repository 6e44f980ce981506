// MRR with a variable price counted at what was last charged (issue #15): a VARIABLE agreement is
// worth the amount of its latest RECURRING charge that Vipps took (reserved or captured), due on or
// before the moment; before its first such charge, the amount it will be charged (variableAmount).
// Every other agreement is worth mrrAt's value.
import { SUCCEEDED_STATUSES } from "./payments";
import { isActiveAt, monthlyAmount, mrrAt, type TMrrAgreement } from "./mrr";
import type { ChargeStatus, ChargeType } from "@/lib/generated/prisma/enums";

export type TChargedAmount = { type: ChargeType; status: ChargeStatus; due: Date | null; amount: number };

/** The amount of the latest taken RECURRING charge due on or before `at` (dates by UTC day), or null. */
export function lastChargedAmount(charges: TChargedAmount[], at: Date): number | null {
  const day = at.toISOString().slice(0, 10);
  let latest: TChargedAmount | null = null;
  for (const charge of charges) {
    if (charge.type !== "RECURRING" || !charge.due) continue;
    if (!(SUCCEEDED_STATUSES as readonly string[]).includes(charge.status)) continue;
    if (charge.due.toISOString().slice(0, 10) > day) continue;
    if (!latest || charge.due > latest.due!) latest = charge;
  }
  return latest?.amount ?? null;
}

/** The agreement's contribution to MRR at `at`, with VARIABLE at its last charged amount. */
export function monthlyValueAt(agreement: TMrrAgreement, at: Date, lastCharged: number | null): number {
  if (
    agreement.pricingType === "VARIABLE" &&
    lastCharged !== null &&
    isActiveAt(agreement, at) &&
    agreement.intervalUnit &&
    agreement.intervalCount
  )
    return monthlyAmount(lastCharged, agreement.intervalUnit, agreement.intervalCount);
  return mrrAt(agreement, at);
}
