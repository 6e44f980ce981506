import "server-only";
import type { ActorType, OperationKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";

const ACTION: Record<OperationKind, string> = {
  CAPTURE_CHARGE: "charge.capture",
  REFUND_CHARGE: "charge.refund",
  CANCEL_CHARGE: "charge.cancel",
  STOP_AGREEMENT: "agreement.stop",
  UPDATE_AGREEMENT: "agreement.update",
};

type TSettled = {
  kind: OperationKind;
  idempotencyKey: string;
  agreementId: string | null;
  chargeId: string | null;
  orderId: string | null;
  amount: number | null;
  actorType: ActorType;
  actorId: string | null;
  reason: string | null;
  agreement: { customerId: string | null } | null;
};

/**
 * The audit entry for an operation operations.resume settled, next to the `.pending` entry of the
 * request that stored it: the log shows it was sent once, later, or that Vipps refused it. Written
 * as ctx.actor (the system, in the operations.resume job).
 */
export const auditResumed = (
  ctx: TServerContext,
  operation: TSettled,
  outcome: { sent: true } | { sent: false; error: unknown },
) =>
  recordAudit(ctx, {
    action: `${ACTION[operation.kind]}.${outcome.sent ? "resumed" : "failed"}`,
    target: operation.chargeId
      ? { type: "charge", id: operation.chargeId }
      : { type: "agreement", id: operation.agreementId ?? "" },
    customerId: operation.agreement?.customerId,
    agreementId: operation.agreementId,
    chargeId: operation.chargeId,
    orderId: operation.orderId,
    idempotencyKey: operation.idempotencyKey,
    reason: operation.reason,
    after: {
      amount: operation.amount,
      requestedBy: { type: operation.actorType, id: operation.actorId },
      ...(outcome.sent
        ? { status: "SUCCEEDED" }
        : {
            status: "FAILED",
            error: outcome.error instanceof AppError ? outcome.error.message : String(outcome.error),
          }),
    },
  });
