import "server-only";
import { refundTooLateText } from "@/lib/domain/charge-deadlines";
import { refundable } from "@/lib/domain/charge-status";
import { formatMoney } from "@/lib/domain/money";
import { AppError, englishError } from "@/lib/errors";
import { checkAmount } from "@/lib/domain/operation-amount";
import type { TActor } from "@/lib/server/actor";
import type { TServerContext } from "@/lib/server/context/server-context";
import { runChargeOperation } from "./charge-operation";
import { loadChargeForAction } from "./load-charge";

/** Refunds all or part of what was captured, as ctx.actor; the description is shown to the customer. */
export const refundCharge = async (
  ctx: TServerContext,
  input: { chargeId: string; amount: number; description: string; reason?: string },
) => {
  const charge = await loadChargeForAction(ctx, input.chargeId);
  const late = refundTooLateText(charge, ctx.now);
  if (late)
    throw new AppError("BAD_INPUT", late.key, late.params, { fieldErrors: { amount: englishError(late) } });
  const description = input.description.trim();
  const threshold = charge.agreement.merchant.refundAdminThreshold;
  const request = { amount: input.amount, description };
  return runChargeOperation(
    ctx,
    charge,
    {
      action: "charge.refund",
      kind: "REFUND_CHARGE",
      reason: input.reason,
      amount: input.amount,
      request,
      check: (ledger) => {
        checkAmount(input.amount, refundable(ledger), charge.currency, "refund");
        if (description.length < 1 || description.length > 100) {
          throw new AppError(
            "BAD_INPUT",
            "refundDescription",
            {},
            { fieldErrors: { description: "1 to 100 characters" } },
          );
        }
        checkRefundLimit(input.amount, ledger.refundedAmount, threshold, ctx.actor, charge.currency);
      },
    },
    (client, idempotencyKey) =>
      client.refundCharge(charge.vippsAgreementId, charge.orderId, request, { idempotencyKey }),
  );
};

/**
 * The merchant's admin-only refund limit counts per charge, in total: what is already refunded on
 * it plus this refund, so a support agent cannot pass it in slices (1 000 kr, then 500 kr).
 */
function checkRefundLimit(
  amount: number,
  refunded: number,
  threshold: number | null,
  actor: TActor,
  currency: string,
): void {
  if (actor.type !== "STAFF" || actor.role === "ADMIN" || threshold === null) return;
  if (refunded + amount <= threshold) return;
  const limit = formatMoney(threshold, currency);
  if (refunded === 0) {
    throw new AppError(
      "FORBIDDEN",
      "refundAboveLimit",
      { limit },
      { fieldErrors: { amount: `At most ${limit} without an admin` } },
    );
  }
  const left = Math.max(0, threshold - refunded);
  throw new AppError(
    "FORBIDDEN",
    "refundAboveLimitInTotal",
    { limit, refunded: formatMoney(refunded, currency), left: formatMoney(left, currency) },
    {
      fieldErrors: {
        amount: left > 0 ? `At most ${formatMoney(left, currency)} without an admin` : "Needs an admin",
      },
    },
  );
}
