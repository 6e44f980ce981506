import "server-only";
import type { ChargeStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { failureReasonForStaff } from "@/lib/domain/failure-reason";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * An agreement of ctx.merchantId with every field, its sales unit and policy, and its charges
 * (optionally by status). Another merchant's is not found.
 */
export const getAgreementView = async (
  ctx: TServerContext,
  agreementId: string,
  statuses: ChargeStatus[] = [],
) => {
  const agreement = await db.agreement.findUnique({
    where: { id: agreementId, merchantId: ctx.merchantId },
    omit: { returnToken: true },
    include: {
      customer: { select: { id: true, name: true, email: true, phone: true } },
      claim: { select: { email: true, boundAt: true } },
      product: { select: { id: true, name: true } },
      salesUnit: {
        select: { id: true, name: true, msn: true, environment: true, market: true, allowUnscheduled: true },
      },
      merchant: { select: { stopRequiresAdmin: true, refundAdminThreshold: true } },
    },
  });
  if (!agreement) throw new AppError("NOT_FOUND", "agreementWasNotFound");
  const [charges, byStatus] = await Promise.all([
    db.charge.findMany({
      where: { agreementId, ...(statuses.length ? { status: { in: statuses } } : {}) },
      orderBy: { createdAt: "desc" },
      take: 300,
      select: {
        id: true,
        orderId: true,
        type: true,
        status: true,
        sendState: true,
        transactionType: true,
        amount: true,
        currency: true,
        description: true,
        due: true,
        capturedAmount: true,
        refundedAmount: true,
        cancelledAmount: true,
        failureReason: true,
        createdAt: true,
      },
    }),
    db.charge.groupBy({ by: ["status"], where: { agreementId }, _count: { _all: true } }),
  ]);
  return {
    agreement,
    charges: charges.map((c) => ({
      ...c,
      failureReasonText: failureReasonForStaff(c.failureReason, ctx.locale),
    })),
    statusCounts: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Partial<
      Record<ChargeStatus, number>
    >,
  };
};

export type TAgreementView = Awaited<ReturnType<typeof getAgreementView>>;
