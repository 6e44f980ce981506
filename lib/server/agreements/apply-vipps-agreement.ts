import "server-only";
import { machineNow } from "@/lib/clock";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { AgreementStatus, StopActor, StopCause } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { periodStart } from "@/lib/domain/billing-calendar";
import { toDateOnly } from "@/lib/domain/periods";
import type { TAgreement } from "@/lib/vipps/schemas";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TSyncSource } from "@/lib/server/charges/apply-vipps-charge";
import { emailAgreementMove } from "@/lib/server/email/email-customer";
import type { TServerContext } from "@/lib/server/context/server-context";
import { billingPlanOf } from "./billing-plan";

const NEXT: Record<AgreementStatus, AgreementStatus[]> = {
  PENDING: ["ACTIVE", "STOPPED", "EXPIRED"],
  ACTIVE: ["STOPPED"],
  STOPPED: [],
  EXPIRED: [],
};

const CAUSE_OF_ACTOR: Record<StopActor, StopCause> = {
  USER: "USER_IN_APP",
  ADMIN: "VIPPS_ADMIN",
  MERCHANT: "STAFF",
};

/**
 * Applies what Vipps says about an agreement. Statuses only move along the state machine
 * (PENDING → ACTIVE/STOPPED/EXPIRED, ACTIVE → STOPPED); STOPPED and EXPIRED are final.
 * `actor` is the webhook's actor of a stop, when known. The agreement must be of the context's merchant.
 */
export const applyVippsAgreement = async (
  ctx: TServerContext,
  agreement: Agreement,
  remote: TAgreement,
  source: TSyncSource,
  actor?: StopActor,
): Promise<{ changed: boolean; from: AgreementStatus; to: AgreementStatus }> => {
  const moves = remote.status !== agreement.status && NEXT[agreement.status].includes(remote.status);
  const syncedAt = machineNow();
  const data: Parameters<typeof db.agreement.updateMany>[0]["data"] = {
    lastSyncedAt: syncedAt,
    maxAmount: remote.pricing.maxAmount ?? agreement.maxAmount,
    vippsSub: remote.sub ?? agreement.vippsSub,
    campaignExplanation: remote.campaign?.explanation ?? agreement.campaignExplanation,
  };

  if (moves) {
    data.status = remote.status;
    if (remote.status === "ACTIVE") {
      const activatedAt = remote.start ? new Date(remote.start) : syncedAt;
      const anchor = toDateOnly(activatedAt);
      // An initial charge pays for the first period (or the period campaign), so billing starts at the next.
      const firstPeriod = agreement.initialChargeAmount ? 1 : 0;
      const plan = billingPlanOf({ ...agreement, billingAnchor: anchor });
      Object.assign(data, {
        activatedAt,
        billingAnchor: anchor,
        nextPeriodIndex: firstPeriod,
        nextChargeDate: plan ? periodStart(plan, firstPeriod) : null,
        nextPollAt: null,
      });
    } else if (remote.status === "STOPPED") {
      const rejected = agreement.status === "PENDING";
      // Not stopped by us and no webhook actor: the user stopped it in the app (or rejected it).
      const stopActor = agreement.stopActor ?? actor ?? "USER";
      Object.assign(data, {
        stoppedAt: remote.stop ? new Date(remote.stop) : syncedAt,
        stopActor,
        stopCause: agreement.stopCause ?? (rejected ? "REJECTED" : CAUSE_OF_ACTOR[stopActor]),
        nextChargeDate: null,
        nextPollAt: null,
      });
    } else if (remote.status === "EXPIRED") {
      Object.assign(data, { stopCause: "EXPIRED", nextChargeDate: null, nextPollAt: null });
    }
  }
  // A price changed outside Abo (another system, the portal) is taken over as is.
  if (
    agreement.pricingType === "LEGACY" &&
    remote.pricing.amount != null &&
    remote.pricing.amount !== agreement.amount
  ) {
    data.amount = remote.pricing.amount;
  }

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
