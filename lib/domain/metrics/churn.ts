// Churn as the dashboard counts it (FEATURES.md §4). A subscription churns when an agreement that
// was once active stops. It is involuntary when Abo stopped it after failed payments (stop cause
// FAILED_PAYMENT); every other stop (the customer in Abo or in the app, staff, Vipps) is voluntary.
import type { StopCause } from "@/lib/generated/prisma/enums";

export type TChurnKind = "voluntary" | "failedPayment";

export function churnKind(stopCause: StopCause | null): TChurnKind {
  return stopCause === "FAILED_PAYMENT" ? "failedPayment" : "voluntary";
}

/**
 * Stripe's subscriber churn rate for a period: subscriptions churned in it ÷ (subscriptions active
 * at its start + subscriptions started in it). Null when there was nothing to churn.
 */
export function churnRate(input: { churned: number; activeAtStart: number; started: number }): number | null {
  const base = input.activeAtStart + input.started;
  return base === 0 ? null : input.churned / base;
}
