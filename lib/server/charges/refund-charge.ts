import "server-only";
import { refundable } from "@/lib/domain/charge-status";
import { formatMoney } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { checkAmount, runChargeOperation } from "./charge-operation";
import { loadChargeForAction } from "./load-charge";

/** Refunds all or part of what was captured; the description is shown to the customer. */
export const refundCharge = async (input: {
  chargeId: string;
  amount: number;
  description: string;
  reason?: string;
  actor: TActor;
}) => {
  const charge = await loadChargeForAction(input.chargeId);
  const description = input.description.trim();
  const threshold = charge.agreement.merchant.refundAdminThreshold;
  const request = { amount: input.amount, description };
  return runChargeOperation(
    charge,
    {
      action: "charge.refund",
      kind: "REFUND_CHARGE",
      actor: input.actor,
      reason: input.reason,
      amount: input.amount,
      request,
      check: (ledger) => {
        checkAmount(input.amount, refundable(ledger), charge.currency, "refund");
        if (description.length < 1 || description.length > 100) {
          throw new AppError(
            "BAD_INPUT",
            "Write a description of 1 to 100 characters; the customer sees it.",
            { fieldErrors: { description: "1 to 100 characters" } },
          );
        }
        if (
          input.actor.type === "STAFF" &&
          input.actor.role !== "ADMIN" &&
          threshold !== null &&
          input.amount > threshold
        ) {
          throw new AppError(
            "FORBIDDEN",
            `Refunds above ${formatMoney(threshold, charge.currency)} need the admin role.`,
          );
        }
      },
    },
    (client, idempotencyKey) =>
      client.refundCharge(charge.vippsAgreementId, charge.orderId, request, { idempotencyKey }),
  );
};
