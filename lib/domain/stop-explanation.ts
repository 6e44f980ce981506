import type { StopActor, StopCause } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";
import { format, MESSAGES } from "@/lib/i18n/translator";

// Why an agreement was stopped, in words for support, in the staff member's language. ADMIN is the
// actor Vipps names when it stops agreements itself: since July 2026, when the customer deletes
// their Vipps profile (FACTS §5.2), every active agreement of that profile at once.

/** "Stopped by Vipps MobilePay: the customer's Vipps profile was deleted (actor ADMIN)", or null. */
export function stopExplanation(
  cause: StopCause | null,
  actor: StopActor | null,
  locale: TLocale,
): string | null {
  const m = MESSAGES[locale].staffText.stopExplanation;
  if (!cause) return actor ? format(m.onlyActor, { actor }) : null;
  return actor ? format(m.withActor, { why: m.cause[cause], actor }) : m.cause[cause];
}
