import "server-only";
import { AppError } from "@/lib/errors";
import type { VippsClient } from "@/lib/vipps/client";
import { auditActor, operationActor, type TActor } from "@/lib/server/actor";
import { recordAudit, type TAuditEntry } from "@/lib/server/audit/record-audit";
import { createOperation, executeOperation, type TOperationInput } from "./run-operation";

type TAuditContext = Omit<TAuditEntry, "actor" | "after" | "idempotencyKey"> & { actor: TActor };

/**
 * A Vipps operation on behalf of someone, written to the audit log whatever its outcome: who,
 * when, what, why, the state before and after, and the orderId and Idempotency-Key of the call.
 */
export const auditedOperation = async <T>(
  audit: TAuditContext,
  operation: Omit<TOperationInput, "actor" | "reason">,
  call: (client: VippsClient, idempotencyKey: string) => Promise<unknown>,
  afterwards: () => Promise<T>,
): Promise<{ idempotencyKey: string; after: T }> => {
  const stored = await createOperation({
    ...operation,
    actor: operationActor(audit.actor),
    reason: audit.reason ?? undefined,
  });
  const entry = {
    ...audit,
    actor: auditActor(audit.actor),
    idempotencyKey: stored.idempotencyKey,
    orderId: audit.orderId ?? operation.orderId,
  };
  try {
    await executeOperation(stored, call);
  } catch (error) {
    await recordAudit({
      ...entry,
      action: `${audit.action}.failed`,
      after:
        error instanceof AppError
          ? { error: error.message, problem: error.details.problem }
          : { error: String(error) },
    });
    throw error;
  }
  const after = await afterwards();
  await recordAudit({ ...entry, after });
  return { idempotencyKey: stored.idempotencyKey, after };
};
