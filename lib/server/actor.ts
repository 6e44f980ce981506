import "server-only";
import type { TAuditActor } from "@/lib/server/audit/record-audit";

/** Who asks for a change. Staff carry their role, because some actions need the admin role. */
export type TActor =
  | { type: "STAFF"; id: string; email: string; role: "SUPPORT" | "ADMIN" }
  | { type: "CUSTOMER"; id: string; customerId: string; email?: string }
  | { type: "SYSTEM" };

export function auditActor(actor: TActor): TAuditActor {
  if (actor.type === "STAFF") return { type: "STAFF", id: actor.id, email: actor.email };
  if (actor.type === "CUSTOMER") return { type: "CUSTOMER", id: actor.id, email: actor.email };
  return { type: "SYSTEM" };
}

export function operationActor(actor: TActor): { type: "STAFF" | "CUSTOMER" | "SYSTEM"; id?: string } {
  return actor.type === "SYSTEM" ? { type: "SYSTEM" } : { type: actor.type, id: actor.id };
}
