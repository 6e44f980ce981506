import "server-only";
import { capturable } from "@/lib/domain/charge-status";
import type { TActor } from "@/lib/server/actor";
import { checkAmount, runChargeOperation } from "./charge-operation";
import { loadChargeForAction } from "./load-charge";

/** Captures all or part of a reserved charge (on delivery of physical goods). */
export const captureCharge = async (input: {
  chargeId: string;
  amount: number;
  reason?: string;
  actor: TActor;
}) => {
  const charge = await loadChargeForAction(input.chargeId);
  const request = { amount: input.amount, description: charge.description.slice(0, 45) };
  return runChargeOperation(
    charge,
    {
      action: "charge.capture",
      kind: "CAPTURE_CHARGE",
      actor: input.actor,
      reason: input.reason,
      amount: input.amount,
      request,
      check: (ledger) => checkAmount(input.amount, capturable(ledger), charge.currency, "capture"),
    },
    (client, idempotencyKey) =>
      client.captureCharge(charge.vippsAgreementId, charge.orderId, request, { idempotencyKey }),
  );
};
