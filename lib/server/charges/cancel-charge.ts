import "server-only";
import { isCancellable } from "@/lib/domain/charge-status";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { auditedOperation } from "@/lib/server/operations/audited-operation";
import { chargeSnapshot, loadChargeForAction } from "./load-charge";
import { afterChange } from "./refund-charge";

/**
 * Cancels a charge that has not been charged: a due charge is dropped, a reservation released.
 * On a partly captured charge the rest is released and it ends CHARGED.
 */
export const cancelCharge = async (input: { chargeId: string; reason?: string; actor: TActor }) => {
  const charge = await loadChargeForAction(input.chargeId);
  if (!isCancellable(charge.status)) {
    throw new AppError("CONFLICT", `A charge that is ${charge.status.toLowerCase().replace(/_/g, " ")} cannot be cancelled.`);
  }
  return auditedOperation(
    {
      actor: input.actor,
      action: "charge.cancel",
      target: { type: "charge", id: charge.id },
      customerId: charge.agreement.customerId,
      agreementId: charge.agreementId,
      chargeId: charge.id,
      orderId: charge.orderId,
      reason: input.reason,
      before: chargeSnapshot(charge),
    },
    { kind: "CANCEL_CHARGE", salesUnitId: charge.agreement.salesUnitId, agreementId: charge.agreementId, chargeId: charge.id, orderId: charge.orderId, request: {} },
    (client, idempotencyKey) => client.cancelCharge(charge.vippsAgreementId, charge.orderId, { idempotencyKey }),
    () => afterChange(charge.id),
  );
};
