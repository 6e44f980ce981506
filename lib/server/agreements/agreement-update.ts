import "server-only";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { AgreementStatus, StopActor, StopCause } from "@/lib/generated/prisma/enums";
import type { db } from "@/lib/db";
import { periodStart } from "@/lib/domain/billing-calendar";
import { toDateOnly } from "@/lib/domain/periods";
import type { TAgreement } from "@/lib/vipps/schemas";
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

export type TAgreementUpdate = {
  /** The status moves along the state machine (forward only). */
  moves: boolean;
  /** The columns to write, the move's included. */
  data: Parameters<typeof db.agreement.updateMany>[0]["data"];
};

/**
 * What a read of an agreement from Vipps changes in Abo's row, written once for the one-by-one
 * apply (applyVippsAgreement) and the batch apply (applyVippsAgreements). Statuses only move along
 * the state machine (PENDING → ACTIVE/STOPPED/EXPIRED, ACTIVE → STOPPED); STOPPED and EXPIRED are
 * final. `actor` is the webhook's actor of a stop, when known; `syncedAt` the machine's time of the read.
 */
export function agreementUpdate(
  agreement: Agreement,
  remote: TAgreement,
  actor: StopActor | undefined,
  syncedAt: Date,
): TAgreementUpdate {
  const moves = remote.status !== agreement.status && NEXT[agreement.status].includes(remote.status);
  const data: TAgreementUpdate["data"] = {
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
  return { moves, data };
}
