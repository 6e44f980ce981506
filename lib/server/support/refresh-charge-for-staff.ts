import "server-only";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { auditActor, type TActor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { chargeSnapshot } from "@/lib/server/charges/load-charge";
import { refreshCharge } from "@/lib/server/charges/refresh-charge";

/** Reads a charge from Vipps on a staff member's request and notes it in the audit log. */
export const refreshChargeForStaff = async (input: { chargeId: string; actor: TActor }) => {
  const before = await db.charge.findUnique({
    where: { id: input.chargeId },
    include: { agreement: { select: { customerId: true } } },
  });
  if (!before) throw notFoundError("Charge");
  const result = await refreshCharge(before.id, "refresh");
  const after = await db.charge.findUniqueOrThrow({ where: { id: before.id } });
  await recordAudit({
    actor: auditActor(input.actor),
    action: "charge.refresh",
    target: { type: "charge", id: before.id },
    customerId: before.agreement.customerId,
    agreementId: before.agreementId,
    chargeId: before.id,
    orderId: before.orderId,
    before: chargeSnapshot(before),
    after: chargeSnapshot(after),
  });
  return { changed: result.changed, status: after.status };
};
