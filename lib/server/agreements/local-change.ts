import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActor, type TActor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import { agreementSnapshot } from "./load-agreement";

// Changes to an agreement that live in Abo only (a pause, a stop planned for period end): Vipps has
// no such state, so what Vipps must know is done by cancelling the charges the change makes void.

/** Cancels the open RECURRING charges the change makes void: at Vipps when sent, in Abo otherwise. */
export async function cancelOpenCharges(
  agreementId: string,
  which: Prisma.ChargeWhereInput,
  reason: string,
  actor: TActor,
): Promise<void> {
  const open = await db.charge.findMany({
    where: { ...which, agreementId, type: "RECURRING", status: { in: ["PENDING", "DUE"] } },
    select: { id: true, sendState: true },
  });
  for (const charge of open) {
    if (charge.sendState === "SENT") await cancelCharge({ chargeId: charge.id, reason, actor });
    else await db.charge.update({ where: { id: charge.id }, data: { status: "CANCELLED" } });
  }
}

/** Writes the audit entry for a local change, with the agreement as it now stands; returns that. */
export async function auditLocalChange(input: {
  agreement: { id: string; customerId: string | null };
  action: string;
  actor: TActor;
  reason?: string;
  before: ReturnType<typeof agreementSnapshot>;
}) {
  const after = agreementSnapshot(
    await db.agreement.findUniqueOrThrow({ where: { id: input.agreement.id } }),
  );
  await recordAudit({
    actor: auditActor(input.actor),
    action: input.action,
    target: { type: "agreement", id: input.agreement.id },
    customerId: input.agreement.customerId,
    agreementId: input.agreement.id,
    reason: input.reason,
    before: input.before,
    after,
  });
  return after;
}
