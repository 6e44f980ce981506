import "server-only";
import { machineNow } from "@/lib/clock";
import type { OperationKind } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import { randomKey } from "@/lib/crypto/random-ids";
import type { VippsClient } from "@/lib/vipps/client";
import { VippsProblemError, isRetryable } from "@/lib/vipps/errors";
import { operationActor } from "@/lib/server/actor";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { toAppError } from "@/lib/server/vipps/to-app-error";

export type TOperationInput = {
  kind: OperationKind;
  salesUnitId: string;
  agreementId?: string;
  chargeId?: string;
  orderId?: string;
  amount?: number;
  /** Everything needed to send the call again after a crash (see resume-operations.ts). */
  request: Record<string, unknown>;
  reason?: string;
};

export type TOperationResult = { id: string; idempotencyKey: string };

/**
 * Runs a Vipps call that changes an agreement or moves money, exactly once:
 * 1. the operation and its Idempotency-Key are stored first (PENDING);
 * 2. the call is made (the client retries network errors, 5xx and 429 with that same key);
 * 3. the row ends SUCCEEDED, or FAILED with Vipps's problem details when Vipps refuses.
 * If the process dies or Vipps stays unreachable, the row stays PENDING and resumeOperations()
 * sends the very same request again later, so Vipps applies it at most once. Stored as ctx.actor's.
 */
export const runOperation = async (
  ctx: TServerContext,
  input: TOperationInput,
  call: (client: VippsClient, idempotencyKey: string) => Promise<unknown>,
): Promise<TOperationResult> => {
  const operation = await createOperation(ctx, input);
  await executeOperation(ctx, operation, call);
  return operation;
};

/** Step 1 alone: stores the operation (asked for by ctx.actor) with a fresh Idempotency-Key, before anything is sent. */
export const createOperation = async (
  ctx: TServerContext,
  input: TOperationInput,
  tx: Tx | typeof db = db,
): Promise<TOperationResult & { salesUnitId: string }> => {
  const actor = operationActor(ctx.actor);
  const idempotencyKey = randomKey(input.kind.toLowerCase().replace(/_/g, "-").slice(0, 12));
  const operation = await tx.vippsOperation.create({
    data: {
      kind: input.kind,
      idempotencyKey,
      salesUnitId: input.salesUnitId,
      agreementId: input.agreementId,
      chargeId: input.chargeId,
      orderId: input.orderId,
      amount: input.amount,
      request: input.request as object,
      actorType: actor.type,
      actorId: actor.id,
      reason: input.reason,
    },
    select: { id: true },
  });
  return { id: operation.id, idempotencyKey, salesUnitId: input.salesUnitId };
};

/**
 * Sends one stored operation (its caller loaded it within ctx.merchantId) and records how it ended.
 * Throws an AppError when it did not succeed. Completion times are the machine's (when Vipps answered).
 */
export const executeOperation = async (
  ctx: TServerContext,
  operation: { id: string; idempotencyKey: string; salesUnitId: string },
  call: (client: VippsClient, idempotencyKey: string) => Promise<unknown>,
): Promise<void> => {
  const client = await getVippsClient(operation.salesUnitId);
  try {
    await call(client, operation.idempotencyKey);
  } catch (error) {
    if (error instanceof VippsProblemError && !isRetryable(error)) {
      await db.vippsOperation.update({
        where: { id: operation.id },
        data: {
          status: "FAILED",
          problem: error.problem as object,
          attempts: { increment: 1 },
          completedAt: machineNow(),
        },
      });
    } else {
      // Unknown outcome: Vipps may or may not have applied it. Left PENDING for resumeOperations().
      await db.vippsOperation.update({ where: { id: operation.id }, data: { attempts: { increment: 1 } } });
    }
    throw toAppError(error);
  }
  await db.vippsOperation.update({
    where: { id: operation.id },
    data: { status: "SUCCEEDED", attempts: { increment: 1 }, completedAt: machineNow() },
  });
};
