import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const loadAgreementForAction = async (agreementId: string) => {
  const agreement = await db.agreement.findUnique({
    where: { id: agreementId },
    include: { merchant: { select: { stopRequiresAdmin: true } } },
  });
  if (!agreement) throw new AppError("NOT_FOUND", "Agreement not found.");
  return agreement;
};

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

export function agreementSnapshot(a: {
  status: string;
  productName: string;
  amount: number | null;
  suggestedMaxAmount: number | null;
  intervalUnit: string | null;
  intervalCount: number | null;
  pausedUntil: Date | null;
  stopAt: Date | null;
}) {
  return {
    status: a.status,
    productName: a.productName,
    amount: a.amount,
    suggestedMaxAmount: a.suggestedMaxAmount,
    interval: a.intervalUnit ? `${a.intervalCount} ${a.intervalUnit}` : null,
    pausedUntil: a.pausedUntil?.toISOString().slice(0, 10) ?? null,
    stopAt: a.stopAt?.toISOString() ?? null,
  };
}
