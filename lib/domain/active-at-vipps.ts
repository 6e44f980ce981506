import { AppError } from "@/lib/errors";

/** The Vipps id of an agreement that can still be changed: one approved and not ended. */
export function requireActiveAtVipps(agreement: { status: string; vippsAgreementId: string | null }): string {
  if (agreement.status === "PENDING") {
    throw new AppError("CONFLICT", "awaitingApproval");
  }
  if (agreement.status !== "ACTIVE" || !agreement.vippsAgreementId) {
    throw new AppError("CONFLICT", "agreementEnded");
  }
  return agreement.vippsAgreementId;
}
