import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { VippsClient } from "@/lib/vipps/client";
import { recordAudit, type TAuditEntry } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { createOperation, executeOperation, type TOperationInput } from "./run-operation";

type TAuditContext = Omit<TAuditEntry, "actor" | "after" | "idempotencyKey">;

/**
 * A Vipps operation on behalf of ctx.actor, written to the audit log whatever its outcome: who,
 * when, what, why, the state before and after, and the orderId and Idempotency-Key of the call.
 * `guard` runs in the transaction that stores the operation (to lock and check what it changes).
 */
export const auditedOperation = async <T>(
  ctx: TServerContext,
  audit: TAuditContext,
  operation: Omit<TOperationInput, "reason">,
  call: (client: VippsClient, idempotencyKey: string) => Promise<unknown>,
  afterwards: () => Promise<T>,
  options: { guard?: (tx: Tx) => Promise<void> } = {},
): Promise<{ idempotencyKey: string; after: T }> => {
  const input = { ...operation, reason: audit.reason ?? undefined };
  const guard = options.guard;
  const stored = guard
    ? await db.$transaction(async (tx) => {
        await guard(tx);
        return createOperation(ctx, input, tx);
      })
    : await createOperation(ctx, input);
  const entry = {
    ...audit,
    idempotencyKey: stored.idempotencyKey,
    orderId: audit.orderId ?? operation.orderId,
  };
  try {
    await executeOperation(ctx, stored, call);
  } catch (error) {
    // Not confirmed (429, 5xx, no answer): the operation stays stored and operations.resume sends
    // it, so the person must hear "in progress", not "try again" (which would send it twice).
    const pending =
      (await db.vippsOperation.findUnique({ where: { id: stored.id }, select: { status: true } }))?.status ===
      "PENDING";
    await recordAudit(ctx, {
      ...entry,
      action: `${audit.action}.${pending ? "pending" : "failed"}`,
      after:
        error instanceof AppError
          ? { error: error.message, problem: error.details.problem }
          : { error: String(error) },
    });
    throw pending ? stillInProgress(error) : error;
  }
  const after = await afterwards();
  await recordAudit(ctx, { ...entry, after });
  return { idempotencyKey: stored.idempotencyKey, after };
};

function stillInProgress(error: unknown): AppError {
  const slowDown = error instanceof AppError && error.code === "RATE_LIMITED";
  return new AppError(
    error instanceof AppError ? error.code : "VIPPS_UNAVAILABLE",
    slowDown ? "inProgressSlowDown" : "inProgressUnconfirmed",
    {},
    error instanceof AppError ? { problem: error.details.problem } : {},
  );
}
