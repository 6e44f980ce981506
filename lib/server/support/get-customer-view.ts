import "server-only";
import { db } from "@/lib/db";
import { failureReasonForStaff } from "@/lib/domain/failure-reason";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";

const CHARGES_SHOWN = 200;
const EMAILS_SHOWN = 50;

/**
 * A customer of ctx.merchantId with all their agreements and (the newest) charges, for the support
 * console. Another merchant's customer is not found.
 */
export const getCustomerView = async (ctx: TServerContext, customerId: string) => {
  const customer = await db.customer.findUnique({
    where: { id: customerId, merchantId: ctx.merchantId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      market: true,
      locale: true,
      vippsSub: true,
      createdAt: true,
      user: { select: { email: true, lastLoginAt: true } },
      agreements: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          vippsAgreementId: true,
          status: true,
          productName: true,
          pricingType: true,
          amount: true,
          suggestedMaxAmount: true,
          currency: true,
          intervalUnit: true,
          intervalCount: true,
          nextChargeDate: true,
          createdAt: true,
          stoppedAt: true,
        },
      },
    },
  });
  if (!customer) throw new AppError("NOT_FOUND", "customerWasNotFound");
  const [charges, chargeCount, emails] = await Promise.all([
    db.charge.findMany({
      where: { customerId },
      orderBy: { createdAt: "desc" },
      take: CHARGES_SHOWN,
      select: {
        id: true,
        orderId: true,
        agreementId: true,
        type: true,
        status: true,
        amount: true,
        currency: true,
        due: true,
        capturedAmount: true,
        refundedAmount: true,
        failureReason: true,
        createdAt: true,
      },
    }),
    db.charge.count({ where: { customerId } }),
    // What Abo mailed them, failed deliveries included: support sees what the customer was told.
    db.email.findMany({
      where: { customerId },
      orderBy: { createdAt: "desc" },
      take: EMAILS_SHOWN,
      select: {
        id: true,
        kind: true,
        to: true,
        subject: true,
        createdAt: true,
        sentAt: true,
        failedAt: true,
        attempts: true,
        nextAttemptAt: true,
        error: true,
      },
    }),
  ]);
  return {
    customer,
    charges: charges.map((c) => ({
      ...c,
      failureReasonText: failureReasonForStaff(c.failureReason, ctx.locale),
    })),
    chargeCount,
    chargesShown: CHARGES_SHOWN,
    emails,
  };
};

export type TCustomerView = Awaited<ReturnType<typeof getCustomerView>>;
