import "server-only";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { StopActor } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { applyVippsAgreements, type TAgreementRead } from "@/lib/server/agreements/apply-vipps-agreements";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import type { TServerContext } from "@/lib/server/context/server-context";
import type { VippsClient } from "@/lib/vipps/client";
import { done, putOff, type TOutcome, type TStoredEvent } from "./event-outcome";
import { inLanes } from "@/lib/in-lanes";
import { STOP_ACTORS } from "@/lib/vipps/webhook-payload";

export type TAgreementBatch = {
  clientFor: (salesUnitId: string) => Promise<VippsClient>;
  hasUnsettledCharges: Set<string>;
};

/** An agreement as Vipps has it now, with the events that asked for the read. */
export type TAgreementEventsRead = TAgreementRead & { events: TStoredEvent[] };

/**
 * The agreement events of one agreement, however many: one read of the agreement from Vipps (the
 * truth; an event alone never moves it), with the stop's actor from the newest stop, so support can
 * say who stopped it. Returns the read, or the events' outcomes when there is nothing to read (no
 * such agreement, or another merchant's) or Vipps could not be read (put off).
 */
export const readAgreementEvents = async (
  ctx: TServerContext,
  agreement: Agreement | undefined,
  events: TStoredEvent[],
  batch: TAgreementBatch,
): Promise<TAgreementEventsRead | TOutcome[]> => {
  if (!agreement?.vippsAgreementId || agreement.merchantId !== ctx.merchantId)
    return done(events, "No such agreement in Abo");
  // The newest stop says who stopped it (redeliveries and reorders carry the same actor).
  const stop = events
    .filter((e) => e.eventType === "recurring.agreement-stopped.v1")
    .sort((a, b) => (b.occurred?.getTime() ?? 0) - (a.occurred?.getTime() ?? 0))[0];
  const actor = STOP_ACTORS.find((a) => a === stop?.actor) as StopActor | undefined;
  try {
    const client = await batch.clientFor(agreement.salesUnitId);
    const remote = await client.getAgreement(agreement.vippsAgreementId);
    return { agreement, remote, actor, events };
  } catch (error) {
    return putOff(events, error);
  }
};

/**
 * Applies the reads of a batch together (applyVippsAgreements: the stops in one transaction),
 * forward only. Reconciliation may have seen a stop first, without an actor, and guessed "in the
 * app"; a signed stop with actor ADMIN (a profile deleted) corrects that, Abo's own stops are left
 * as they are. When an agreement moved, its charges are read again only if Abo has any Vipps could
 * have changed (one list per agreement); a burst of stops of agreements with nothing pending costs
 * its reads and a few statements. The agreements must be of the context's merchant.
 */
export const applyAgreementReads = async (
  ctx: TServerContext,
  reads: TAgreementEventsRead[],
  batch: TAgreementBatch,
  lanes: number,
): Promise<TOutcome[]> => {
  if (!reads.length) return [];
  const results = await applyVippsAgreements(ctx, reads, "webhook");
  const outcomes: TOutcome[] = [];
  const applied: TAgreementEventsRead[] = [];
  const adminStops: TAgreementEventsRead[] = [];
  const moved: TAgreementEventsRead[] = [];
  reads.forEach((read, i) => {
    const result = results[i]!;
    if ("error" in result) return outcomes.push(...putOff(read.events, result.error));
    if (!result.changed && result.to === "STOPPED" && read.actor === "ADMIN") adminStops.push(read);
    else if (result.changed && batch.hasUnsettledCharges.has(read.agreement.id)) moved.push(read);
    else applied.push(read);
  });
  outcomes.push(...applied.flatMap((read) => done(read.events)));

  if (adminStops.length) {
    try {
      await db.agreement.updateMany({
        where: {
          id: { in: adminStops.map((r) => r.agreement.id) },
          merchantId: ctx.merchantId,
          status: "STOPPED",
          stopCause: "USER_IN_APP",
        },
        data: { stopActor: "ADMIN", stopCause: "VIPPS_ADMIN" },
      });
      outcomes.push(...adminStops.flatMap((read) => done(read.events)));
    } catch (error) {
      outcomes.push(...adminStops.flatMap((read) => putOff(read.events, error)));
    }
  }
  await inLanes(moved, lanes, async (read) => {
    try {
      await syncAgreementCharges(ctx, read.agreement.id, "webhook");
      outcomes.push(...done(read.events));
    } catch (error) {
      outcomes.push(...putOff(read.events, error));
    }
  });
  return outcomes;
};
