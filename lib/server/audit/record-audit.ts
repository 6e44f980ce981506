import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";

export type TAuditActor =
  | { type: "STAFF"; id: string; email: string }
  | { type: "CUSTOMER"; id: string; email?: string }
  | { type: "SYSTEM" };

export type TAuditEntry = {
  actor: TAuditActor;
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

/** Appends to the audit log (the table refuses updates and deletes). Pass a transaction to tie it to a change. */
export const recordAudit = async (entry: TAuditEntry, tx: Tx | typeof db = db): Promise<void> => {
  await tx.auditEvent.create({
    data: {
      actorType: entry.actor.type,
      actorId: entry.actor.type === "SYSTEM" ? null : entry.actor.id,
      actorEmail: entry.actor.type === "SYSTEM" ? null : (entry.actor.email ?? null),
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
