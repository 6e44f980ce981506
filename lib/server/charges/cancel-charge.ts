import "server-only";
import { isCancellable } from "@/lib/domain/charge-status";
import { AppError } from "@/lib/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { runChargeOperation } from "./charge-operation";
import { loadChargeForAction } from "./load-charge";

/**
 * Cancels a charge that has not been charged: a due charge is dropped, a reservation released.
 * On a partly captured charge the rest is released and it ends CHARGED. Done as ctx.actor.
 */
export const cancelCharge = async (ctx: TServerContext, input: { chargeId: string; reason?: string }) => {
  const charge = await loadChargeForAction(ctx, input.chargeId);
  return runChargeOperation(
    ctx,
    charge,
    {
      action: "charge.cancel",
      kind: "CANCEL_CHARGE",
      reason: input.reason,
      request: {},
      check: ({ status }) => {
        if (!isCancellable(status)) {
          throw new AppError("CONFLICT", "notCancellable", { status: { key: `chargeStatus${status}` } });
        }
      },
    },
    (client, idempotencyKey) =>
      client.cancelCharge(charge.vippsAgreementId, charge.orderId, { idempotencyKey }),
  );
};
