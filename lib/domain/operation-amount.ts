// What Vipps MobilePay accepts for a capture or a refund, checked in the form (so a wrong amount is
// never put up for confirmation) and again on the server against fresh figures.
import { AppError } from "@/lib/errors";
import { formatMoney } from "./money";

/** The Recurring API's smallest capture or refund: 100 øre/cents (FACTS.md, "Spec minimum"). */
export const MIN_AMOUNT = 100;

/** The field message for an amount outside what is left, or null when it may be sent. */
export function operationAmountProblem(amount: number, left: number, currency: string): string | null {
  if (amount > left) return `At most ${formatMoney(left, currency)}`;
  if (amount < MIN_AMOUNT) return `At least ${formatMoney(MIN_AMOUNT, currency)}`;
  return null;
}

/** An amount to capture or refund: above zero, at least the API minimum, at most what is left. */
export function checkAmount(
  amount: number,
  left: number,
  currency: string,
  verb: "refund" | "capture",
): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new AppError("BAD_INPUT", "Enter an amount above zero.", { fieldErrors: { amount: "Above zero" } });
  }
  if (left <= 0) throw new AppError("CONFLICT", `There is nothing left to ${verb} on this charge.`);
  if (amount > left) {
    throw new AppError("BAD_INPUT", `At most ${formatMoney(left, currency)} can be ${verb}ed.`, {
      fieldErrors: { amount: operationAmountProblem(amount, left, currency)! },
    });
  }
  if (amount < MIN_AMOUNT) {
    throw new AppError(
      "BAD_INPUT",
      `Vipps MobilePay accepts at least ${formatMoney(MIN_AMOUNT, currency)} per ${verb}.`,
      { fieldErrors: { amount: operationAmountProblem(amount, left, currency)! } },
    );
  }
}
