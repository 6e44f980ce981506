import "server-only";
import { captureTooLateText } from "@/lib/domain/charge-deadlines";
import { capturable } from "@/lib/domain/charge-status";
import { AppError, englishError } from "@/lib/errors";
import { checkAmount } from "@/lib/domain/operation-amount";
import type { TServerContext } from "@/lib/server/context/server-context";
import { runChargeOperation } from "./charge-operation";
import { loadChargeForAction } from "./load-charge";

/** Captures all or part of a reserved charge (on delivery of physical goods), as ctx.actor. */
export const captureCharge = async (
  ctx: TServerContext,
  input: { chargeId: string; amount: number; reason?: string },
) => {
  const charge = await loadChargeForAction(ctx, input.chargeId);
  const late = captureTooLateText(charge, charge.agreement.market, ctx.now);
  if (late)
    throw new AppError("BAD_INPUT", late.key, late.params, { fieldErrors: { amount: englishError(late) } });
  const request = { amount: input.amount, description: charge.description.slice(0, 45) };
  return runChargeOperation(
    ctx,
    charge,
    {
      action: "charge.capture",
      kind: "CAPTURE_CHARGE",
      reason: input.reason,
      amount: input.amount,
      request,
      check: (ledger) => checkAmount(input.amount, capturable(ledger), charge.currency, "capture"),
    },
    (client, idempotencyKey) =>
      client.captureCharge(charge.vippsAgreementId, charge.orderId, request, { idempotencyKey }),
  );
};
