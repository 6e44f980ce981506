import type { StopActor, StopCause } from "@/lib/generated/prisma/enums";

// Why an agreement was stopped, in words for support (the console is in English). ADMIN is the
// actor Vipps names when it stops agreements itself: since July 2026, when the customer deletes
// their Vipps profile (FACTS §5.2), every active agreement of that profile at once.
const WHY: Record<StopCause, string> = {
  CUSTOMER: "The customer stopped it in their account",
  USER_IN_APP: "The customer stopped it in the Vipps MobilePay app",
  STAFF: "Stopped by staff (or at the end of the paid period they set)",
  FAILED_PAYMENT: "Stopped by dunning: payments did not go through",
  VIPPS_ADMIN: "Stopped by Vipps MobilePay: the customer's Vipps profile was deleted",
  REJECTED: "The customer declined it in the app",
  EXPIRED: "Not approved in time: Vipps MobilePay let it expire",
};

/** "Stopped by Vipps MobilePay: the customer's Vipps profile was deleted (actor ADMIN)", or null. */
export function stopExplanation(cause: StopCause | null, actor: StopActor | null): string | null {
  if (!cause) return actor ? `Stopped (actor ${actor})` : null;
  return `${WHY[cause]}${actor ? ` (actor ${actor})` : ""}`;
}
