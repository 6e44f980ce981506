import { AppError } from "@/lib/errors";

/** The Vipps id of an agreement that can still be changed: one approved and not ended. */
export function requireActiveAtVipps(agreement: { status: string; vippsAgreementId: string | null }): string {
  if (agreement.status === "PENDING") {
    throw new AppError(
      "CONFLICT",
      "This agreement is still waiting for approval in the app; it cannot be changed until then.",
    );
  }
  if (agreement.status !== "ACTIVE" || !agreement.vippsAgreementId) {
    throw new AppError(
      "CONFLICT",
      "This agreement has ended; an ended agreement cannot be changed or restarted.",
    );
  }
  return agreement.vippsAgreementId;
}
