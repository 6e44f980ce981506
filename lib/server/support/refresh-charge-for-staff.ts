import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { chargeSnapshot } from "@/lib/domain/charge-snapshot";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { refreshCharge } from "@/lib/server/charges/refresh-charge";
import type { TServerContext } from "@/lib/server/context/server-context";

/** Reads a charge of ctx.merchantId from Vipps on a staff member's (ctx.actor) request and notes it in the audit log. */
export const refreshChargeForStaff = async (ctx: TServerContext, input: { chargeId: string }) => {
  const before = await db.charge.findUnique({
    where: { id: input.chargeId, agreement: { merchantId: ctx.merchantId } },
    include: { agreement: { select: { customerId: true } } },
  });
  if (!before) throw new AppError("NOT_FOUND", "chargeWasNotFound");
  const result = await refreshCharge(ctx, before.id, "refresh");
  const after = await db.charge.findUniqueOrThrow({ where: { id: before.id } });
  await recordAudit(ctx, {
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
