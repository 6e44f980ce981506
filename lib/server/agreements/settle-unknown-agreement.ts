import "server-only";
import type { Agreement } from "@/lib/generated/prisma/client";
import { machineNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import type { VippsProblemError } from "@/lib/vipps/errors";

/**
 * Settles a PENDING agreement that Vipps no longer knows (404 on GET): it can never be approved, so
 * it ends EXPIRED, with why in stopReason (shown in support's agreement view) and in the audit log as
 * a SYSTEM repair. Vipps answers 404 for an agreement it never kept or has purged (the test
 * environment's data is cleared from time to time); an ACTIVE one is never settled this way, since
 * wrong keys for the sales unit would answer 404 for every agreement alike.
 */
export const settleUnknownAgreement = async (
  ctx: TServerContext,
  agreement: Agreement,
  error: VippsProblemError,
): Promise<boolean> => {
  if (agreement.status !== "PENDING") return false;
  const said = error.problem.detail ?? error.problem.title ?? "not found";
  const reason = `Vipps MobilePay no longer knows this agreement (404 on GET agreement ${agreement.vippsAgreementId}: ${said}); it can never be approved, so Abo ended it as expired.`;
  const at = ctx.now;
  return db.$transaction(async (tx) => {
    const moved = await tx.agreement.updateMany({
      where: { id: agreement.id, merchantId: ctx.merchantId, status: "PENDING" },
      data: {
        status: "EXPIRED",
        stopCause: "EXPIRED",
        stopReason: reason,
        stoppedAt: at,
        nextChargeDate: null,
        nextPollAt: null,
        lastSyncedAt: machineNow(),
      },
    });
    if (moved.count === 0) return false;
    await tx.charge.updateMany({
      where: { agreementId: agreement.id, sendState: "PLANNED", status: "PENDING" },
      data: { status: "CANCELLED" },
    });
    await recordAudit(
      ctx,
      {
        actor: { type: "SYSTEM" },
        action: "agreement.repaired",
        target: { type: "agreement", id: agreement.id },
        customerId: agreement.customerId,
        agreementId: agreement.id,
        reason,
        before: { status: "PENDING" },
        after: { status: "EXPIRED", vippsStatus: 404 },
      },
      tx,
    );
    return true;
  });
};
