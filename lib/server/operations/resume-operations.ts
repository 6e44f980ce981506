import "server-only";
import { machineMs } from "@/lib/clock";
import type { VippsOperation } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { TUpdateAgreement } from "@/lib/vipps/schemas";
import type { VippsClient } from "@/lib/vipps/client";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { sendDraft } from "@/lib/server/agreements/start-sign-up";
import { refreshCharge } from "@/lib/server/charges/refresh-charge";
import type { TServerContext } from "@/lib/server/context/server-context";
import { auditResumed } from "./audit-resumed";
import { executeOperation } from "./run-operation";

// An operation still PENDING after this long lost its answer (crash, timeout, Vipps down).
const STALE_AFTER_MS = 60_000;

/**
 * Finishes what a crash or an outage left half-done, sending exactly the stored request with its
 * stored Idempotency-Key: Vipps either replays its earlier answer or applies it now, never twice.
 * Covers operations (stop, update, capture, refund, cancel) and drafts whose answer was lost, of
 * ctx.merchantId's sales units. Staleness is measured on the machine's clock (updatedAt is the database's).
 */
export const resumeOperations = async (
  ctx: TServerContext,
  options: { staleAfterMs?: number; limit?: number } = {},
) => {
  const before = new Date(machineMs() - (options.staleAfterMs ?? STALE_AFTER_MS));
  const units = await db.salesUnit.findMany({ where: { merchantId: ctx.merchantId }, select: { id: true } });
  const operations = await db.vippsOperation.findMany({
    where: { status: "PENDING", updatedAt: { lt: before }, salesUnitId: { in: units.map((u) => u.id) } },
    include: {
      agreement: { select: { vippsAgreementId: true, customerId: true } },
      charge: { select: { orderId: true } },
    },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 200,
  });
  let resumed = 0;
  for (const operation of operations) {
    try {
      await executeOperation(ctx, operation, (client, key) => send(client, key, operation));
    } catch (error) {
      const { status } = await db.vippsOperation.findUniqueOrThrow({
        where: { id: operation.id },
        select: { status: true },
      });
      // Vipps refused it for good: say so. Still unconfirmed: the next run tries again, silently.
      if (status === "FAILED") await auditResumed(ctx, operation, { sent: false, error });
      logger.warn(
        { err: error, operationId: operation.id, kind: operation.kind },
        "operation still not finished",
      );
      continue;
    }
    await auditResumed(ctx, operation, { sent: true });
    resumed++;
    try {
      if (operation.chargeId) await refreshCharge(ctx, operation.chargeId, "action");
      else if (operation.agreementId) await refreshAgreement(ctx, operation.agreementId, "action");
    } catch (error) {
      logger.warn(
        { err: error, operationId: operation.id, kind: operation.kind },
        "operation sent, but reading the result back failed",
      );
    }
  }

  const drafts = await db.agreement.findMany({
    where: {
      merchantId: ctx.merchantId,
      status: "PENDING",
      vippsAgreementId: null,
      createdAt: { lt: before },
    },
    select: { id: true },
    take: options.limit ?? 200,
  });
  for (const draft of drafts) {
    try {
      await sendDraft(ctx, draft.id);
      resumed++;
    } catch (error) {
      logger.warn({ err: error, agreementId: draft.id }, "draft still not sent");
    }
  }
  return { resumed, pending: operations.length + drafts.length - resumed };
};

type TStored = VippsOperation & {
  agreement: { vippsAgreementId: string | null } | null;
  charge: { orderId: string } | null;
};

function send(client: VippsClient, idempotencyKey: string, operation: TStored): Promise<unknown> {
  const agreementId = operation.agreement?.vippsAgreementId;
  if (!agreementId) throw new Error(`Operation ${operation.id} has no Vipps agreement`);
  const request = operation.request as Record<string, unknown>;
  const orderId = operation.charge?.orderId ?? operation.orderId ?? "";
  switch (operation.kind) {
    case "STOP_AGREEMENT":
      return client.stopAgreement(agreementId, { idempotencyKey });
    case "UPDATE_AGREEMENT":
      return client.updateAgreement(agreementId, request as TUpdateAgreement, { idempotencyKey });
    case "CAPTURE_CHARGE":
      return client.captureCharge(agreementId, orderId, request as { amount: number; description?: string }, {
        idempotencyKey,
      });
    case "REFUND_CHARGE":
      return client.refundCharge(agreementId, orderId, request as { amount: number; description: string }, {
        idempotencyKey,
      });
    case "CANCEL_CHARGE":
      return client.cancelCharge(agreementId, orderId, { idempotencyKey });
  }
}
