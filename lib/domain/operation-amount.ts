// What Vipps MobilePay accepts for a capture or a refund, checked in the form (so a wrong amount is
// never put up for confirmation) and again on the server against fresh figures.
import { AppError } from "@/lib/errors";
import { formatMoney } from "./money";

/** The Recurring API's smallest capture or refund: 100 øre/cents (FACTS.md, "Spec minimum"). */
export const MIN_AMOUNT = 100;

/** Why an amount may not be sent (above what is left, below the API minimum), or null when it may. */
export function operationAmountIssue(
  amount: number,
  left: number,
): { key: "amountAtMost" | "amountAtLeast"; limit: number } | null {
  if (amount > left) return { key: "amountAtMost", limit: left };
  if (amount < MIN_AMOUNT) return { key: "amountAtLeast", limit: MIN_AMOUNT };
  return null;
}

/** The field message (English, as the server gives it) for an amount outside what is left, or null. */
export function operationAmountProblem(amount: number, left: number, currency: string): string | null {
  const issue = operationAmountIssue(amount, left);
  if (!issue) return null;
  return `${issue.key === "amountAtMost" ? "At most" : "At least"} ${formatMoney(issue.limit, currency)}`;
}

/** An amount to capture or refund: above zero, at least the API minimum, at most what is left. */
export function checkAmount(
  amount: number,
  left: number,
  currency: string,
  verb: "refund" | "capture",
): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new AppError("BAD_INPUT", "amountAboveZero", {}, { fieldErrors: { amount: "Above zero" } });
  }
  const capture = verb === "capture";
  if (left <= 0) throw new AppError("CONFLICT", capture ? "nothingLeftToCapture" : "nothingLeftToRefund");
  if (amount > left) {
    throw new AppError(
      "BAD_INPUT",
      capture ? "atMostCapturable" : "atMostRefundable",
      { amount: formatMoney(left, currency) },
      { fieldErrors: { amount: operationAmountProblem(amount, left, currency)! } },
    );
  }
  if (amount < MIN_AMOUNT) {
    throw new AppError(
      "BAD_INPUT",
      capture ? "minimumCapture" : "minimumRefund",
      { amount: formatMoney(MIN_AMOUNT, currency) },
      { fieldErrors: { amount: operationAmountProblem(amount, left, currency)! } },
    );
  }
}
