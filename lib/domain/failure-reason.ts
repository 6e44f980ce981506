// Why Vipps MobilePay says a charge FAILED (failureReason, FACTS §6.1), in plain words. One mapping
// for everyone: customers read it in their language with what to do next, staff read the words in
// theirs with Vipps's own value beside them. The older values (insufficient_funds, invalid_card, …)
// are no longer returned, so a reason Abo does not know is "other", never guessed at.
import type { TLocale } from "@/lib/i18n/locales";
import { format, MESSAGES } from "@/lib/i18n/translator";

export const FAILURE_REASONS = [
  "user_action_required",
  "charge_amount_too_high",
  "non_technical_error",
  "technical_error",
] as const;

export type TFailureReason = (typeof FAILURE_REASONS)[number] | "other";

/** Vipps's value as one Abo knows: null when there is none, "other" for one it does not know. */
export function failureReasonOf(raw: string | null | undefined): TFailureReason | null {
  if (!raw) return null;
  return (
    ((FAILURE_REASONS as readonly string[]).find((r) => r === raw) as TFailureReason | undefined) ?? "other"
  );
}

/** The reason as a short phrase ("the card was refused – …"), to be put inside a sentence. */
export function failureReasonWords(reason: TFailureReason, locale: TLocale, brand: string): string {
  return format(MESSAGES[locale].charges.failureReason[reason], { brand });
}

/** What the customer can do about it, as a sentence. */
export function failureReasonAction(reason: TFailureReason, locale: TLocale, brand: string): string {
  return format(MESSAGES[locale].charges.failureAction[reason], { brand });
}

/** A failed charge explained to its customer: what happened and what to do. */
export function failedChargeText(reason: TFailureReason, locale: TLocale, brand: string): string {
  return format(MESSAGES[locale].charges.failedBecause, {
    reason: failureReasonWords(reason, locale, brand),
    action: failureReasonAction(reason, locale, brand),
  });
}

/**
 * For support, in the staff member's language: the plain words with Vipps's value in brackets, e.g.
 * "The card was refused – … (user_action_required)"; null when the charge has no failure reason.
 */
export function failureReasonForStaff(raw: string | null | undefined, locale: TLocale): string | null {
  const reason = failureReasonOf(raw);
  if (!reason) return null;
  const words = failureReasonWords(reason, locale, "Vipps MobilePay");
  return format(MESSAGES[locale].staffText.failureReason, {
    words: `${words.charAt(0).toLocaleUpperCase(locale)}${words.slice(1)}`,
    code: raw!,
  });
}
