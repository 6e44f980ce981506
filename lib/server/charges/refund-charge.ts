import "server-only";
import { db } from "@/lib/db";
import { refundable } from "@/lib/domain/charge-status";
import { formatMoney } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { auditedOperation } from "@/lib/server/operations/audited-operation";
import { chargeSnapshot, loadChargeForAction } from "./load-charge";
import { refreshCharge } from "./refresh-charge";

export const MIN_AMOUNT = 100;

/** Refunds all or part of what was captured; the description is shown to the customer. */
export const refundCharge = async (input: { chargeId: string; amount: number; description: string; reason?: string; actor: TActor }) => {
  const charge = await loadChargeForAction(input.chargeId);
  const pending = await db.vippsOperation.aggregate({
    where: { chargeId: charge.id, kind: "REFUND_CHARGE", status: "PENDING" },
    _sum: { amount: true },
  });
  const left = refundable(charge) - (pending._sum.amount ?? 0);
  checkAmount(input.amount, left, charge.currency, "refund");
  const description = input.description.trim();
  if (description.length < 1 || description.length > 100) {
    throw new AppError("BAD_INPUT", "Write a description of 1 to 100 characters; the customer sees it.", {
      fieldErrors: { description: "1 to 100 characters" },
    });
  }
  const threshold = charge.agreement.merchant.refundAdminThreshold;
  if (input.actor.type === "STAFF" && input.actor.role !== "ADMIN" && threshold !== null && input.amount > threshold) {
    throw new AppError("FORBIDDEN", `Refunds above ${formatMoney(threshold, charge.currency)} need the admin role.`);
  }

  return auditedOperation(
    {
      actor: input.actor,
      action: "charge.refund",
      target: { type: "charge", id: charge.id },
      customerId: charge.agreement.customerId,
      agreementId: charge.agreementId,
      chargeId: charge.id,
      orderId: charge.orderId,
      reason: input.reason,
      before: chargeSnapshot(charge),
    },
    { kind: "REFUND_CHARGE", salesUnitId: charge.agreement.salesUnitId, agreementId: charge.agreementId, chargeId: charge.id, orderId: charge.orderId, amount: input.amount, request: { amount: input.amount, description } },
    (client, idempotencyKey) => client.refundCharge(charge.vippsAgreementId, charge.orderId, { amount: input.amount, description }, { idempotencyKey }),
    () => afterChange(charge.id),
  );
};

export async function afterChange(chargeId: string) {
  await refreshCharge(chargeId, "action");
  return chargeSnapshot(await db.charge.findUniqueOrThrow({ where: { id: chargeId } }));
}

export function checkAmount(amount: number, left: number, currency: string, verb: "refund" | "capture"): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new AppError("BAD_INPUT", "Enter an amount above zero.", { fieldErrors: { amount: "Above zero" } });
  }
  if (left <= 0) throw new AppError("CONFLICT", `There is nothing left to ${verb} on this charge.`);
  if (amount > left) {
    throw new AppError("BAD_INPUT", `At most ${formatMoney(left, currency)} can be ${verb}ed.`, {
      fieldErrors: { amount: `At most ${formatMoney(left, currency)}` },
    });
  }
  if (amount < MIN_AMOUNT) {
    throw new AppError("BAD_INPUT", `Vipps MobilePay accepts at least ${formatMoney(MIN_AMOUNT, currency)} per ${verb}.`, {
      fieldErrors: { amount: `At least ${formatMoney(MIN_AMOUNT, currency)}` },
    });
  }
}
