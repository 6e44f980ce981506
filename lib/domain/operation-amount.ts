// What Vipps MobilePay accepts for a capture or a refund, checked in the form (so a wrong amount is
// never put up for confirmation) and again on the server against fresh figures.
import { formatMoney } from "./money";

/** The Recurring API's smallest capture or refund: 100 øre/cents (FACTS.md, "Spec minimum"). */
export const MIN_AMOUNT = 100;

/** The field message for an amount outside what is left, or null when it may be sent. */
export function operationAmountProblem(amount: number, left: number, currency: string): string | null {
  if (amount > left) return `At most ${formatMoney(left, currency)}`;
  if (amount < MIN_AMOUNT) return `At least ${formatMoney(MIN_AMOUNT, currency)}`;
  return null;
}
