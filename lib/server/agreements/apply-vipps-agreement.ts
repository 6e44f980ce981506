import "server-only";
import { machineNow } from "@/lib/clock";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { AgreementStatus, StopActor } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { TAgreement } from "@/lib/vipps/schemas";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TSyncSource } from "@/lib/server/charges/apply-vipps-charge";
import { emailAgreementMove } from "@/lib/server/email/email-customer";
import type { TServerContext } from "@/lib/server/context/server-context";
import { agreementUpdate } from "./agreement-update";

/**
 * Applies what Vipps says about an agreement (agreementUpdate says what moves). Statuses only move
 * along the state machine (PENDING → ACTIVE/STOPPED/EXPIRED, ACTIVE → STOPPED); STOPPED and EXPIRED
 * are final. `actor` is the webhook's actor of a stop, when known. The agreement must be of the
 * context's merchant. Many at once, in one transaction: applyVippsAgreements.
 */
export const applyVippsAgreement = async (
  ctx: TServerContext,
  agreement: Agreement,
  remote: TAgreement,
  source: TSyncSource,
  actor?: StopActor,
): Promise<{ changed: boolean; from: AgreementStatus; to: AgreementStatus }> => {
  const { moves, data } = agreementUpdate(agreement, remote, actor, machineNow());

  // The move and its audit entry (for a repair) commit together.
  const updated = await db.$transaction(async (tx) => {
    const moved = await tx.agreement.updateMany({
      where: { id: agreement.id, merchantId: ctx.merchantId, status: agreement.status },
      data,
    });
    // Ended outside Abo (stopped in the app, expired): charges planned but never sent will not be.
    if (moved.count > 0 && moves && (remote.status === "STOPPED" || remote.status === "EXPIRED")) {
      await tx.charge.updateMany({
        where: { agreementId: agreement.id, sendState: "PLANNED", status: "PENDING" },
        data: { status: "CANCELLED" },
      });
    }
    if (moved.count > 0 && moves && source === "reconcile") {
      await recordAudit(
        ctx,
        {
          actor: { type: "SYSTEM" },
          action: "agreement.repaired",
          target: { type: "agreement", id: agreement.id },
          customerId: agreement.customerId,
          agreementId: agreement.id,
          reason: "Vipps MobilePay reported a state Abo had missed",
          before: { status: agreement.status },
          after: { status: remote.status },
        },
        tx,
      );
    }
    if (moved.count > 0 && moves)
      await emailAgreementMove(ctx, tx, agreement.id, agreement.status, remote.status);
    return moved.count;
  });
  if (updated === 0) {
    // Changed meanwhile (or another merchant's, which is not found here): read it again.
    const fresh = await db.agreement.findFirstOrThrow({
      where: { id: agreement.id, merchantId: ctx.merchantId },
    });
    return applyVippsAgreement(ctx, fresh, remote, source, actor);
  }
  return { changed: moves, from: agreement.status, to: moves ? remote.status : agreement.status };
};
