import "server-only";
import type { Agreement, Charge } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { markChargeRejected } from "@/lib/server/billing/mark-charge-rejected";
import { pollCharge } from "@/lib/server/billing/poll-charge";
import { scheduleChargePoll } from "@/lib/server/billing/schedule-charge-poll";
import { applyVippsCharge } from "@/lib/server/charges/apply-vipps-charge";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { VippsProblemError } from "@/lib/vipps/errors";
import type { TServerContext } from "@/lib/server/context/server-context";
import { done, putOff, type TOutcome, type TStoredEvent } from "./event-outcome";

type TEventAmounts = {
  amountCaptured?: number | null;
  amountRefunded?: number | null;
  amountCanceled?: number | null;
};

/**
 * The charge events of one agreement. Each Vipps operation (its transactionId, since Dec 2025) is
 * applied once per charge: an event whose transaction Abo already took in needs no read at all.
 * The rest cost one read per charge (one list per agreement when several charges have news), and
 * Vipps's answer is applied forward only, so two partial captures of the same amount both count (its
 * totals include both) and a redelivery of one does not. Webhooks never capture, refund or cancel.
 * The agreement and charges must be of the context's merchant.
 */
export const applyChargeEvents = async (
  ctx: TServerContext,
  agreement: Agreement | undefined,
  charges: Map<string, Charge>,
  events: TStoredEvent[],
): Promise<TOutcome[]> => {
  const known = await alreadyApplied(events, charges);
  const outcomes = done(
    events.filter((e) => known.has(e.id)),
    "Already applied (the same Vipps transaction)",
  );
  const byCharge = new Map<Charge, TStoredEvent[]>();
  const unknown: TStoredEvent[] = [];
  for (const e of events.filter((x) => !known.has(x.id))) {
    const charge = e.chargeId ? charges.get(e.chargeId) : undefined;
    if (charge) byCharge.set(charge, [...(byCharge.get(charge) ?? []), e]);
    else unknown.push(e);
  }

  if (unknown.length && !agreement?.vippsAgreementId)
    outcomes.push(...done(unknown, "No such charge or agreement in Abo"));
  else if (unknown.length)
    // A charge made outside Abo: take in what Vipps has for the agreement.
    outcomes.push(...(await attempt(unknown, () => syncAgreementCharges(ctx, agreement!.id, "webhook"))));

  if (byCharge.size > 1 && agreement?.vippsAgreementId) {
    // Several charges of one agreement: one list instead of a read each.
    const group = [...byCharge.values()].flat();
    outcomes.push(
      ...(await attempt(group, async () => {
        const client = await getVippsClient(agreement.salesUnitId);
        const remote = await client.listCharges(agreement.vippsAgreementId!);
        for (const [charge, list] of byCharge) {
          const found = remote.find((r) => r.id === charge.orderId);
          // Not listed (its creation may still be under way): read on its own.
          if (!found) await readOne(ctx, charge, list);
          else await applyVippsCharge(ctx, charge, found, "webhook");
          await scheduleChargePoll(ctx, charge.id);
        }
      })),
    );
  } else {
    for (const [charge, list] of byCharge)
      outcomes.push(...(await attempt(list, () => readOne(ctx, charge, list))));
  }
  await recordTransactions(
    events.filter((e) => !known.has(e.id) && outcomes.some((o) => o.id === e.id && o.applied)),
    charges,
  );
  return outcomes;
};

async function attempt(events: TStoredEvent[], work: () => Promise<unknown>): Promise<TOutcome[]> {
  try {
    await work();
    return done(events);
  } catch (error) {
    return putOff(events, error);
  }
}

/** One charge, read once however many of its events came; throws to put them off. */
async function readOne(ctx: TServerContext, charge: Charge, events: TStoredEvent[]): Promise<void> {
  const read = await pollCharge(ctx, charge.id, { source: "webhook", missingIsPending: true });
  if (read.result === "rate-limited")
    throw new VippsProblemError("FetchCharge", 429, { title: "Rate-limited" }, read.retryAfterMs);
  const failed = events.find((e) => e.eventType === "recurring.charge-creation-failed.v1");
  if (read.result === "missing" && failed) {
    const payload = failed.payload as { failureReason?: string | null; failureCode?: string | null };
    await markChargeRejected(ctx, charge.id, {
      title: "Charge creation failed",
      detail: payload.failureReason ?? payload.failureCode ?? "Vipps MobilePay could not create the charge",
      failureCode: payload.failureCode ?? null,
    });
  }
}

/** Events whose (charge, transactionId) another event already brought: a redelivery, however it looks. */
async function alreadyApplied(events: TStoredEvent[], charges: Map<string, Charge>): Promise<Set<string>> {
  const key = (e: TStoredEvent) => `${charges.get(e.chargeId!)!.id}|${e.transactionId}`;
  const withTx = events.filter((e) => e.transactionId && e.chargeId && charges.has(e.chargeId));
  if (!withTx.length) return new Set();
  const rows = await db.chargeTransaction.findMany({
    where: {
      OR: withTx.map((e) => ({ chargeId: charges.get(e.chargeId!)!.id, transactionId: e.transactionId! })),
    },
    select: { chargeId: true, transactionId: true, webhookEventId: true },
  });
  const firstEvent = new Map(rows.map((r) => [`${r.chargeId}|${r.transactionId}`, r.webhookEventId]));
  const repeats = new Set<string>();
  for (const e of withTx) {
    const first = firstEvent.get(key(e));
    // The same transaction twice in one batch: the first is applied, the others are repeats.
    if (first === undefined) firstEvent.set(key(e), e.id);
    else if (first !== e.id) repeats.add(e.id);
  }
  return repeats;
}

async function recordTransactions(events: TStoredEvent[], charges: Map<string, Charge>): Promise<void> {
  const rows = events
    .filter((e) => e.transactionId && e.chargeId && charges.has(e.chargeId))
    .map((e) => {
      const amounts = e.payload as TEventAmounts;
      return {
        chargeId: charges.get(e.chargeId!)!.id,
        transactionId: e.transactionId!,
        eventType: e.eventType,
        occurred: e.occurred,
        amountCaptured: amounts.amountCaptured ?? null,
        amountRefunded: amounts.amountRefunded ?? null,
        amountCancelled: amounts.amountCanceled ?? null,
        webhookEventId: e.id,
      };
    });
  if (rows.length) await db.chargeTransaction.createMany({ data: rows, skipDuplicates: true });
}
