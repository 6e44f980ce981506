import "server-only";
import { db } from "@/lib/db";
import { inProgressText } from "@/lib/domain/charge-in-progress";
import { chargeSnapshot } from "@/lib/domain/charge-snapshot";
import { AppError, type TErrorKey } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChargeStatus, OperationKind } from "@/lib/generated/prisma/enums";
import type { TServerContext } from "@/lib/server/context/server-context";
import { auditedOperation } from "@/lib/server/operations/audited-operation";
import type { VippsClient } from "@/lib/vipps/client";
import { lockChargeForOperation, type TChargeLedger } from "./charge-lock";
import type { TChargeForAction } from "./load-charge";
import { refreshCharge } from "./refresh-charge";

/**
 * A staff or system action on a charge at Vipps (capture, refund, cancel): stored with its
 * Idempotency-Key before the call, audited with the state before and after, and the charge read
 * back from Vipps afterwards so Abo shows what Vipps now has. One at a time per charge: it is
 * stored under a lock on the charge, refused while another is unsettled, and `check` sees the
 * charge's figures as they are under that lock (not as they were when the request began).
 * Done as ctx.actor, on a charge the caller loaded within ctx.merchantId.
 */
export const runChargeOperation = async (
  ctx: TServerContext,
  charge: TChargeForAction,
  input: {
    action: string;
    kind: OperationKind;
    reason?: string;
    amount?: number;
    request: Record<string, unknown>;
    check?: (ledger: TChargeLedger) => void;
  },
  call: (client: VippsClient, idempotencyKey: string) => Promise<unknown>,
) => {
  try {
    return await auditedOperation(
      ctx,
      {
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
        await refreshCharge(ctx, charge.id, "action");
        return chargeSnapshot(await db.charge.findUniqueOrThrow({ where: { id: charge.id } }));
      },
      {
        guard: async (tx) => {
          const ledger = await lockChargeForOperation(ctx, tx, charge.id);
          input.check?.(ledger);
        },
      },
    );
  } catch (error) {
    if (isUnsettledConflict(error)) {
      const busy = inProgressText(null, charge.currency);
      throw new AppError("CONFLICT", busy.key, busy.params);
    }
    if (error instanceof AppError && error.code === "VIPPS_REJECTED")
      throw await refusal(ctx, charge, input.kind, error);
    throw error;
  }
};

const REFUSED: Partial<Record<OperationKind, TErrorKey>> = {
  CAPTURE_CHARGE: "vippsRefusedCapture",
  REFUND_CHARGE: "vippsRefusedRefund",
  CANCEL_CHARGE: "vippsRefusedCancel",
};

/**
 * Vipps refused (4xx): since June 2026 its detail names the charge's status there, which Abo may not
 * have caught up with (a missed webhook). The agent is told what Vipps said, and the charge is read
 * again so the page shows that status too.
 */
async function refusal(
  ctx: TServerContext,
  charge: TChargeForAction,
  kind: OperationKind,
  error: AppError,
): Promise<AppError> {
  const said = error.details.problem?.detail ?? error.details.problem?.title;
  let now: ChargeStatus | null = null;
  try {
    await refreshCharge(ctx, charge.id, "action");
    now = (await db.charge.findUniqueOrThrow({ where: { id: charge.id }, select: { status: true } })).status;
  } catch {
    // Vipps unreachable: what it said is still worth showing.
  }
  return new AppError(
    "VIPPS_REJECTED",
    REFUSED[kind] ?? "vippsRefusedOther",
    {
      detail: said ? said.replace(/\.?$/, ".") : { key: "vippsNoReason" },
      readAgain: now ? { key: "chargeReadAgain", params: { status: { key: `chargeStatus${now}` } } } : "",
    },
    error.details,
  );
}

/**
 * The unique index of prisma/sql/005_one_money_operation_per_charge.sql refused a second unsettled
 * operation (a request that skipped the lock).
 */
const isUnsettledConflict = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
