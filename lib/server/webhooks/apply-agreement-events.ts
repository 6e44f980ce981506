import "server-only";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { StopActor } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { applyVippsAgreement } from "@/lib/server/agreements/apply-vipps-agreement";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import type { VippsClient } from "@/lib/vipps/client";
import { done, putOff, type TOutcome, type TStoredEvent } from "./event-outcome";
import { STOP_ACTORS } from "./webhook-event";
import { systemContext } from "@/lib/server/context/build-context";

/**
 * The agreement events of one agreement, however many: one read of the agreement from Vipps (the
 * truth; an event alone never moves it), applied forward only with the stop's actor from the event,
 * so support can say who stopped it. When it moved, its charges are read again only if Abo has any
 * Vipps could have changed (one list per agreement); a burst of stops of agreements with nothing
 * pending costs one read each.
 */
export const applyAgreementEvents = async (
  agreement: Agreement | undefined,
  events: TStoredEvent[],
  batch: { clientFor: (salesUnitId: string) => Promise<VippsClient>; hasUnsettledCharges: Set<string> },
): Promise<TOutcome[]> => {
  if (!agreement?.vippsAgreementId) return done(events, "No such agreement in Abo");
  // The newest stop says who stopped it (redeliveries and reorders carry the same actor).
  const stop = events
    .filter((e) => e.eventType === "recurring.agreement-stopped.v1")
    .sort((a, b) => (b.occurred?.getTime() ?? 0) - (a.occurred?.getTime() ?? 0))[0];
  const actor = STOP_ACTORS.find((a) => a === stop?.actor) as StopActor | undefined;
  try {
    const client = await batch.clientFor(agreement.salesUnitId);
    const remote = await client.getAgreement(agreement.vippsAgreementId);
    const result = await applyVippsAgreement(
      await systemContext({ merchantId: agreement.merchantId }),
      agreement,
      remote,
      "webhook",
      actor,
    );
    // Reconciliation may have seen the stop first, without an actor, and guessed "in the app"; the
    // signed event says who stopped it (a profile deleted: ADMIN). Abo's own stops are left as they are.
    if (!result.changed && result.to === "STOPPED" && actor === "ADMIN")
      await db.agreement.updateMany({
        where: { id: agreement.id, status: "STOPPED", stopCause: "USER_IN_APP" },
        data: { stopActor: "ADMIN", stopCause: "VIPPS_ADMIN" },
      });
    if (result.changed && batch.hasUnsettledCharges.has(agreement.id))
      await syncAgreementCharges(await systemContext(), agreement.id, "webhook");
    return done(events);
  } catch (error) {
    return putOff(events, error);
  }
};
