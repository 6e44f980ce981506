import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";
import { auditActor } from "@/lib/server/actor";
import type { TServerContext } from "@/lib/server/context/server-context";

export type TAuditActor =
  | { type: "STAFF"; id: string; email: string }
  | { type: "CUSTOMER"; id: string; email?: string }
  | { type: "SYSTEM" };

export type TAuditEntry = {
  /** Who to record: the context's actor unless given (e.g. the system repairing what a customer did). */
  actor?: TAuditActor;
  action: string;
  target: {
    type:
      "agreement" | "charge" | "customer" | "product" | "merchant" | "sales-unit" | "user" | "job" | "email";
    id: string;
  };
  customerId?: string | null;
  agreementId?: string | null;
  chargeId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
  orderId?: string | null;
  idempotencyKey?: string | null;
};

/**
 * Appends to the audit log of ctx.merchantId (the table refuses updates and deletes), as ctx.actor
 * unless the entry names another. Pass a transaction to tie it to a change.
 */
export const recordAudit = async (
  ctx: TServerContext,
  entry: TAuditEntry,
  tx: Tx | typeof db = db,
): Promise<void> => {
  const actor = entry.actor ?? auditActor(ctx.actor);
  await tx.auditEvent.create({
    data: {
      merchantId: ctx.merchantId,
      actorType: actor.type,
      actorId: actor.type === "SYSTEM" ? null : actor.id,
      actorEmail: actor.type === "SYSTEM" ? null : (actor.email ?? null),
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      customerId: entry.customerId ?? null,
      agreementId: entry.agreementId ?? null,
      chargeId: entry.chargeId ?? null,
      reason: entry.reason ?? null,
      before: entry.before === undefined ? undefined : (entry.before as object),
      after: entry.after === undefined ? undefined : (entry.after as object),
      orderId: entry.orderId ?? null,
      idempotencyKey: entry.idempotencyKey ?? null,
      requestId: requestContext()?.requestId ?? null,
    },
  });
};
