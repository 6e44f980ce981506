// Test oracle (not run in production): which churn a stop is, as lib/server/admin/dashboard/query-flows.ts
// counts it in SQL. It is involuntary when Abo stopped it after failed payments (stop cause
// FAILED_PAYMENT); every other stop (the customer in Abo or in the app, staff, Vipps) is voluntary.
import type { StopCause } from "@/lib/generated/prisma/enums";

export type TChurnKind = "voluntary" | "failedPayment";

export function churnKind(stopCause: StopCause | null): TChurnKind {
  return stopCause === "FAILED_PAYMENT" ? "failedPayment" : "voluntary";
}
