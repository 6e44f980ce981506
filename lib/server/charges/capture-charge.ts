import "server-only";
import { db } from "@/lib/db";
import { capturable } from "@/lib/domain/charge-status";
import type { TActor } from "@/lib/server/actor";
import { auditedOperation } from "@/lib/server/operations/audited-operation";
import { chargeSnapshot, loadChargeForAction } from "./load-charge";
import { afterChange, checkAmount } from "./refund-charge";

/** Captures all or part of a reserved charge (on delivery of physical goods). */
export const captureCharge = async (input: { chargeId: string; amount: number; reason?: string; actor: TActor }) => {
  const charge = await loadChargeForAction(input.chargeId);
  const pending = await db.vippsOperation.aggregate({
    where: { chargeId: charge.id, kind: "CAPTURE_CHARGE", status: "PENDING" },
    _sum: { amount: true },
  });
  checkAmount(input.amount, capturable(charge) - (pending._sum.amount ?? 0), charge.currency, "capture");
  const description = charge.description.slice(0, 45);

  return auditedOperation(
    {
      actor: input.actor,
      action: "charge.capture",
      target: { type: "charge", id: charge.id },
      customerId: charge.agreement.customerId,
      agreementId: charge.agreementId,
      chargeId: charge.id,
      orderId: charge.orderId,
      reason: input.reason,
      before: chargeSnapshot(charge),
    },
    { kind: "CAPTURE_CHARGE", salesUnitId: charge.agreement.salesUnitId, agreementId: charge.agreementId, chargeId: charge.id, orderId: charge.orderId, amount: input.amount, request: { amount: input.amount, description } },
    (client, idempotencyKey) => client.captureCharge(charge.vippsAgreementId, charge.orderId, { amount: input.amount, description }, { idempotencyKey }),
    () => afterChange(charge.id),
  );
};
