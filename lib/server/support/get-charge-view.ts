import "server-only";
import { db } from "@/lib/db";
import { captureTooLate, refundTooLate } from "@/lib/domain/charge-deadlines";
import { capturable, inFlight, isCancellable, refundable, sumOperations } from "@/lib/domain/charge-status";
import { failureReasonForStaff } from "@/lib/domain/failure-reason";
import { AppError } from "@/lib/errors";
import { actorLabel } from "@/lib/domain/actor-label";
import { describeInProgress } from "@/lib/domain/charge-in-progress";
import type { TServerContext } from "@/lib/server/context/server-context";
import { actorNames } from "./actor-names";

/**
 * A charge with its history (Vipps's history and Abo's operations) and what may still be done
 * with it: capturable and refundable amounts net of operations still in flight, at ctx.now. A charge
 * of another merchant than ctx.merchantId is not found.
 */
export const getChargeView = async (ctx: TServerContext, chargeId: string) => {
  const charge = await db.charge.findUnique({
    where: { id: chargeId, agreement: { merchantId: ctx.merchantId } },
    include: {
      agreement: {
        select: {
          id: true,
          vippsAgreementId: true,
          productName: true,
          status: true,
          pricingType: true,
          market: true,
          customer: {
            select: { id: true, name: true, email: true, phone: true, locale: true, market: true },
          },
          merchant: { select: { refundAdminThreshold: true } },
        },
      },
    },
  });
  if (!charge) throw new AppError("NOT_FOUND", "chargeWasNotFound");
  // What the page shows of Abo's operations: who sent what, with which key, and what Vipps said.
  const operations = await db.vippsOperation.findMany({
    where: { chargeId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      status: true,
      amount: true,
      idempotencyKey: true,
      problem: true,
      actorType: true,
      actorId: true,
      reason: true,
      createdAt: true,
    },
  });
  const atVipps = charge.sendState === "SENT" && Boolean(charge.agreement.vippsAgreementId);
  // Oldest first: the one operations.resume will send next, and the one new operations wait for.
  const unsettled = operations.findLast(
    (o) => o.status === "PENDING" && ["CAPTURE_CHARGE", "REFUND_CHARGE", "CANCEL_CHARGE"].includes(o.kind),
  );
  const names = await actorNames(
    ctx,
    operations.map((o) => o.actorId),
  );
  // Past Vipps's deadlines the forms are not offered at all; the actions refuse too.
  const at = ctx.now;
  const captureClosed = capturable(charge) > 0 ? captureTooLate(charge, charge.agreement.market, at) : null;
  const refundClosed = refundable(charge) > 0 ? refundTooLate(charge, at) : null;
  return {
    charge: { ...charge, failureReasonText: failureReasonForStaff(charge.failureReason, ctx.locale) },
    operations: operations.map((o) => ({ ...o, actor: actorLabel(o, names) })),
    allowed: {
      atVipps,
      capturable:
        atVipps && !captureClosed
          ? Math.max(0, capturable(charge) - inFlight(operations, "CAPTURE_CHARGE"))
          : 0,
      refundable:
        atVipps && !refundClosed
          ? Math.max(0, refundable(charge) - inFlight(operations, "REFUND_CHARGE"))
          : 0,
      captureClosed,
      refundClosed,
      cancellable: atVipps && isCancellable(charge.status),
      refundAdminThreshold: charge.agreement.merchant.refundAdminThreshold,
      // What the admin-only refund limit counts against (it is per charge, in total).
      refundedSoFar:
        Math.max(charge.refundedAmount, sumOperations(operations, "REFUND_CHARGE", "SUCCEEDED")) +
        inFlight(operations, "REFUND_CHARGE"),
      inProgress: unsettled ? describeInProgress(unsettled, charge.currency) : null,
    },
  };
};

export type TChargeView = Awaited<ReturnType<typeof getChargeView>>;
