import "server-only";
import { machineMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import type { VippsClient } from "@/lib/vipps/client";
import {
  applyAgreementReads,
  readAgreementEvents,
  type TAgreementEventsRead,
} from "./apply-agreement-events";
import { applyChargeEvents } from "./apply-charge-events";
import { done, type TOutcome, type TStoredEvent } from "./event-outcome";
import { inLanes } from "@/lib/in-lanes";

const UNSETTLED = ["PENDING", "DUE", "PROCESSING", "RESERVED", "PARTIALLY_CAPTURED"] as const;

/** Vipps reads (and charge groups) at once: each waits mostly on Vipps, so a few dozen overlap well. */
const CONCURRENCY = 16;

/**
 * Applies stored webhook events in one go: grouped per agreement (one Vipps read per agreement or
 * charge, however many events name it), the agreements and charges they name looked up in one query
 * each, up to CONCURRENCY reads at a time, the agreements read applied together (their stops in one
 * transaction), then the charge events, and every outcome written in one statement. Events are
 * signals and Vipps is the truth (see apply-agreement-events.ts, apply-charge-events.ts), so
 * applying an event twice is harmless; a put-off event keeps its error and a time to try again.
 * Only the context's merchant's agreements and charges are looked up: an event naming another's is
 * "No such agreement" here (the drain applies each event in the context of its rows' merchant).
 */
export const applyWebhookEvents = async (
  ctx: TServerContext,
  events: TStoredEvent[],
): Promise<TOutcome[]> => {
  const vippsIds = [...new Set(events.map((e) => e.agreementId).filter((id): id is string => !!id))];
  const orderIds = [...new Set(events.map((e) => e.chargeId).filter((id): id is string => !!id))];
  const [agreements, charges] = await Promise.all([
    vippsIds.length
      ? db.agreement.findMany({ where: { vippsAgreementId: { in: vippsIds }, merchantId: ctx.merchantId } })
      : [],
    orderIds.length
      ? db.charge.findMany({
          where: { orderId: { in: orderIds }, agreement: { merchantId: ctx.merchantId } },
        })
      : [],
  ]);
  const agreementOf = new Map(agreements.map((a) => [a.vippsAgreementId!, a]));
  const chargeOf = new Map(charges.map((c) => [c.orderId, c]));
  // Looked up once for the batch: which agreements have charges Vipps could still change, and
  // each sales unit's client (not one query per event).
  const unsettled = agreements.length
    ? await db.charge.findMany({
        where: {
          agreementId: { in: agreements.map((a) => a.id) },
          sendState: "SENT",
          status: { in: [...UNSETTLED] },
        },
        select: { agreementId: true },
        distinct: ["agreementId"],
      })
    : [];
  const clients = new Map<string, Promise<VippsClient>>();
  const batch = {
    hasUnsettledCharges: new Set(unsettled.map((c) => c.agreementId)),
    clientFor: (salesUnitId: string) => {
      if (!clients.has(salesUnitId)) clients.set(salesUnitId, getVippsClient(salesUnitId));
      return clients.get(salesUnitId)!;
    },
  };

  const groups = new Map<string, TStoredEvent[]>();
  for (const e of events) {
    const key = e.agreementId ?? `charge:${e.chargeId ?? e.id}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const outcomes: TOutcome[] = [];
  const agreementOfGroup = (group: TStoredEvent[]) =>
    group[0]!.agreementId ? agreementOf.get(group[0]!.agreementId) : undefined;
  const isOfAgreement = (e: TStoredEvent) => e.eventType.startsWith("recurring.agreement-");
  const isOfCharge = (e: TStoredEvent) => e.eventType.startsWith("recurring.charge-");
  const ofAgreement = (group: TStoredEvent[]) => group.filter(isOfAgreement);
  const ofCharge = (group: TStoredEvent[]) => group.filter(isOfCharge);
  for (const e of events.filter((x) => !isOfAgreement(x) && !isOfCharge(x)))
    outcomes.push(...done([e], `Event type ${e.eventType} is not handled`));

  // Agreements first (a stop's cancellations are then read with the charges): one read each, all
  // at once, then applied together.
  const reads: TAgreementEventsRead[] = [];
  await inLanes(
    [...groups.values()].filter((group) => ofAgreement(group).length),
    CONCURRENCY,
    async (group) => {
      const read = await readAgreementEvents(ctx, agreementOfGroup(group), ofAgreement(group), batch);
      if (Array.isArray(read)) outcomes.push(...read);
      else reads.push(read);
    },
  );
  outcomes.push(...(await applyAgreementReads(ctx, reads, batch, CONCURRENCY)));
  await inLanes(
    [...groups.values()].filter((group) => ofCharge(group).length),
    CONCURRENCY,
    async (group) => {
      outcomes.push(...(await applyChargeEvents(ctx, agreementOfGroup(group), chargeOf, ofCharge(group))));
    },
  );
  await recordOutcomes(outcomes);
  return outcomes;
};

/** Every outcome in one UPDATE: applied events get processedAt, put-off ones their next attempt. */
async function recordOutcomes(outcomes: TOutcome[]): Promise<void> {
  if (!outcomes.length) return;
  // Epoch milliseconds, turned into the UTC timestamps Prisma keeps.
  const at = machineMs();
  const rows = outcomes.map((o) =>
    o.applied
      ? Prisma.sql`(${o.id}, ${at}::float8, ${o.note}, NULL::float8)`
      : Prisma.sql`(${o.id}, NULL::float8, ${o.error}, ${at + o.retryAfterMs}::float8)`,
  );
  await db.$executeRaw`
    UPDATE "WebhookEvent" AS w
    SET "processedAt" = to_timestamp(v.processed / 1000) AT TIME ZONE 'UTC',
        "processError" = v.note,
        "nextAttemptAt" = to_timestamp(v.next / 1000) AT TIME ZONE 'UTC'
    FROM (VALUES ${Prisma.join(rows)}) AS v(id, processed, note, next)
    WHERE w.id = v.id AND w."processedAt" IS NULL`;
}
