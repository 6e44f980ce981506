import type { Agreement, Charge, FailureReason, TestUser } from "./types";
import { HOUR_MS } from "./time";

/** Magic amounts of the test environment (FACTS §10); all surface as user_action_required. */
export const MAGIC_CHARGE_FAILURES: Readonly<Record<number, string>> = {
  151: "insufficient funds",
  182: "refused by issuer",
  183: "suspected fraud",
  184: "withdrawal limit exceeded",
  186: "expired card",
  187: "invalid card",
  197: "3-D Secure denied",
  202: "strong customer authentication required",
};

/** Result unknown for an hour (PROCESSING), then it succeeds. */
export const MAGIC_UNKNOWN_AMOUNT = 201;
export const UNKNOWN_RESULT_MS = HOUR_MS;

export const MAGIC_REFUND_FAILURES: Readonly<Record<number, string>> = {
  123: "Refund is not possible: the user has deleted their profile or has no account",
  124: "Refund is not possible: the refund period has expired",
};

export type AttemptOutcome =
  | { kind: "success" }
  | { kind: "fail"; reason: FailureReason; why: string }
  | { kind: "unknown"; durationMs: number };

/**
 * Decides one payment attempt. `day` is the attempt's UTC day number; insufficient funds recover
 * `recoverAfterDays` after the charge's first attempt, so retryDays decide whether the charge survives.
 */
export function attemptOutcome(
  charge: Pick<Charge, "amount" | "type" | "firstAttemptDay">,
  agreement: Pick<Agreement, "pricing">,
  user: TestUser | undefined,
  day: number,
): AttemptOutcome {
  const { pricing } = agreement;
  // A deleted profile has no payment source left (FACTS §6.1: "e.g. profile deleted").
  if (user?.deletedAt != null)
    return { kind: "fail", reason: "non_technical_error", why: "the user deleted their profile" };
  if (pricing.type === "VARIABLE" && charge.type !== "INITIAL" && charge.amount > (pricing.maxAmount ?? 0))
    return { kind: "fail", reason: "charge_amount_too_high", why: "amount above the user's max amount" };
  const magic = MAGIC_CHARGE_FAILURES[charge.amount];
  if (magic)
    return { kind: "fail", reason: "user_action_required", why: `magic amount ${charge.amount}: ${magic}` };
  if (charge.amount === MAGIC_UNKNOWN_AMOUNT) return { kind: "unknown", durationMs: UNKNOWN_RESULT_MS };
  if (!user) return { kind: "success" };
  switch (user.outcome) {
    case "card_declined":
      return { kind: "fail", reason: "user_action_required", why: "card declined" };
    case "insufficient_funds": {
      const elapsed = day - (charge.firstAttemptDay ?? day);
      if (elapsed < user.recoverAfterDays)
        return { kind: "fail", reason: "user_action_required", why: "insufficient funds" };
      return { kind: "success" };
    }
    case "initial_charge_fails":
      if (charge.type === "INITIAL")
        return { kind: "fail", reason: "user_action_required", why: "expired card" };
      return { kind: "success" };
    default:
      return { kind: "success" };
  }
}
