import "server-only";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/domain/money";
import { MIN_AMOUNT, operationAmountProblem } from "@/lib/domain/operation-amount";
import { AppError } from "@/lib/errors";
import type { OperationKind } from "@/lib/generated/prisma/enums";
import type { TActor } from "@/lib/server/actor";
import { auditedOperation } from "@/lib/server/operations/audited-operation";
import type { VippsClient } from "@/lib/vipps/client";
import {
  inProgressError,
  isUnsettledConflict,
  lockChargeForOperation,
  type TChargeLedger,
} from "./charge-lock";
import { chargeSnapshot, type TChargeForAction } from "./load-charge";
import { refreshCharge } from "./refresh-charge";

export { MIN_AMOUNT };

/**
 * A staff or system action on a charge at Vipps (capture, refund, cancel): stored with its
 * Idempotency-Key before the call, audited with the state before and after, and the charge read
 * back from Vipps afterwards so Abo shows what Vipps now has. One at a time per charge: it is
 * stored under a lock on the charge, refused while another is unsettled, and `check` sees the
 * charge's figures as they are under that lock (not as they were when the request began).
 */
export const runChargeOperation = async (
  charge: TChargeForAction,
  input: {
    action: string;
    kind: OperationKind;
    actor: TActor;
    reason?: string;
    amount?: number;
    request: Record<string, unknown>;
    check?: (ledger: TChargeLedger) => void;
  },
  call: (client: VippsClient, idempotencyKey: string) => Promise<unknown>,
) => {
  try {
    return await auditedOperation(
      {
        actor: input.actor,
        action: input.action,
        target: { type: "charge", id: charge.id },
        customerId: charge.agreement.customerId,
        agreementId: charge.agreementId,
        chargeId: charge.id,
        orderId: charge.orderId,
        reason: input.reason,
        before: chargeSnapshot(charge),
      },
      {
        kind: input.kind,
        salesUnitId: charge.agreement.salesUnitId,
        agreementId: charge.agreementId,
        chargeId: charge.id,
        orderId: charge.orderId,
        amount: input.amount,
        request: input.request,
      },
      call,
      async () => {
        await refreshCharge(charge.id, "action");
        return chargeSnapshot(await db.charge.findUniqueOrThrow({ where: { id: charge.id } }));
      },
      {
        guard: async (tx) => {
          const ledger = await lockChargeForOperation(tx, charge.id);
          input.check?.(ledger);
        },
      },
    );
  } catch (error) {
    if (isUnsettledConflict(error)) throw inProgressError(null, charge.currency);
    if (error instanceof AppError && error.code === "VIPPS_REJECTED")
      throw await refusal(charge, input.kind, error);
    throw error;
  }
};

const VERB: Partial<Record<OperationKind, string>> = {
  CAPTURE_CHARGE: "capture",
  REFUND_CHARGE: "refund",
  CANCEL_CHARGE: "cancel",
};

/**
 * Vipps refused (4xx): since June 2026 its detail names the charge's status there, which Abo may not
 * have caught up with (a missed webhook). The agent is told what Vipps said, and the charge is read
 * again so the page shows that status too.
 */
async function refusal(charge: TChargeForAction, kind: OperationKind, error: AppError): Promise<AppError> {
  const detail = error.details.problem?.detail ?? error.details.problem?.title ?? "no reason given";
  let now: string | null = null;
  try {
    await refreshCharge(charge.id, "action");
    now = (await db.charge.findUniqueOrThrow({ where: { id: charge.id }, select: { status: true } })).status;
  } catch {
    // Vipps unreachable: what it said is still worth showing.
  }
  const status = now ? ` Abo has read the charge again: it is ${now.toLowerCase().replace(/_/g, " ")}.` : "";
  return new AppError(
    "VIPPS_REJECTED",
    `Vipps MobilePay refused to ${VERB[kind] ?? "do that"}: ${detail.replace(/\.?$/, ".")}${status}`,
    error.details,
  );
}

/** An amount to capture or refund: above zero, at least the API minimum, at most what is left. */
export function checkAmount(
  amount: number,
  left: number,
  currency: string,
  verb: "refund" | "capture",
): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new AppError("BAD_INPUT", "Enter an amount above zero.", { fieldErrors: { amount: "Above zero" } });
  }
  if (left <= 0) throw new AppError("CONFLICT", `There is nothing left to ${verb} on this charge.`);
  if (amount > left) {
    throw new AppError("BAD_INPUT", `At most ${formatMoney(left, currency)} can be ${verb}ed.`, {
      fieldErrors: { amount: operationAmountProblem(amount, left, currency)! },
    });
  }
  if (amount < MIN_AMOUNT) {
    throw new AppError(
      "BAD_INPUT",
      `Vipps MobilePay accepts at least ${formatMoney(MIN_AMOUNT, currency)} per ${verb}.`,
      { fieldErrors: { amount: operationAmountProblem(amount, left, currency)! } },
    );
  }
}
