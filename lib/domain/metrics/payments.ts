// Payment outcomes as the dashboard counts them (in SQL: query-payments.ts, query-refunds.ts; the
// formulas' oracle is tests/oracles/payments.ts). A charge succeeded when money was reserved or
// taken (whatever happened after, e.g. a refund), failed when Vipps gave up after the retry days.
import type { ChargeStatus } from "@/lib/generated/prisma/enums";

export const SUCCEEDED_STATUSES = [
  "RESERVED",
  "CHARGED",
  "PARTIALLY_CAPTURED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
] as const satisfies readonly ChargeStatus[];

/** Failed ÷ decided charges, or null when none were decided. */
export function failedPaymentRate(input: { failed: number; succeeded: number }): number | null {
  const decided = input.failed + input.succeeded;
  return decided === 0 ? null : input.failed / decided;
}
