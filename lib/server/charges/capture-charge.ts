import "server-only";
import { now } from "@/lib/clock";
import { captureTooLate } from "@/lib/domain/charge-deadlines";
import { capturable } from "@/lib/domain/charge-status";
import { AppError } from "@/lib/errors";
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
  const late = captureTooLate(charge, charge.agreement.market, await now());
  if (late) throw new AppError("BAD_INPUT", late, { fieldErrors: { amount: late } });
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
