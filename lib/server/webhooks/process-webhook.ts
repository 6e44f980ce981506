import "server-only";
import type { StopActor } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { markChargeRejected } from "@/lib/server/billing/mark-charge-rejected";
import { pollCharge } from "@/lib/server/billing/poll-charge";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { STOP_ACTORS, ZWebhookPayload, type TWebhookPayload } from "./webhook-event";

/**
 * Applies a stored webhook event (the webhook.process job). The event is only a signal: the
 * agreement or charge it names is read again from Vipps and applied forward-only, so duplicated,
 * late or reordered events end in the same state. Safe to run again; a processed event is skipped.
 */
export const processWebhook = async (eventId: string): Promise<void> => {
  const event = await db.webhookEvent.findUnique({ where: { id: eventId } });
  if (!event || event.processedAt) return;
  let note: string | null = null;
  try {
    note = await apply(ZWebhookPayload.parse(event.payload));
  } catch (error) {
    await db.webhookEvent.update({
      where: { id: eventId },
      data: { processError: String(error).slice(0, 1000) },
    });
    throw error;
  }
  await db.webhookEvent.update({
    where: { id: eventId },
    data: { processedAt: new Date(), processError: note },
  });
};

/** Returns a note for support when the event needed nothing (e.g. a resource Abo does not know). */
async function apply(event: TWebhookPayload): Promise<string | null> {
  if (event.eventType.startsWith("recurring.agreement-")) {
    const agreement = event.agreementId
      ? await db.agreement.findUnique({
          where: { vippsAgreementId: event.agreementId },
          select: { id: true },
        })
      : null;
    if (!agreement) return "No such agreement in Abo";
    const actor = STOP_ACTORS.find((a) => a === event.actor) as StopActor | undefined;
    await refreshAgreement(
      agreement.id,
      "webhook",
      event.eventType === "recurring.agreement-stopped.v1" ? actor : undefined,
    );
    return null;
  }
  if (!event.eventType.startsWith("recurring.charge-")) return `Event type ${event.eventType} is not handled`;

  const charge = event.chargeId
    ? await db.charge.findUnique({ where: { orderId: event.chargeId }, select: { id: true } })
    : null;
  if (!charge) {
    // A charge made outside Abo: take in what Vipps has for the agreement.
    const agreement = event.agreementId
      ? await db.agreement.findUnique({
          where: { vippsAgreementId: event.agreementId },
          select: { id: true },
        })
      : null;
    if (!agreement) return "No such charge or agreement in Abo";
    await syncAgreementCharges(agreement.id, "webhook");
    return null;
  }
  // Read it back either way: if Vipps has it, its state wins over the event.
  const read = await pollCharge(charge.id, { source: "webhook", missingIsPending: true });
  if (read.result === "rate-limited")
    throw new Error(`Rate-limited by Vipps; retry in ${read.retryAfterMs} ms`);
  if (read.result === "missing" && event.eventType === "recurring.charge-creation-failed.v1") {
    await markChargeRejected(charge.id, {
      title: "Charge creation failed",
      detail: event.failureReason ?? event.failureCode ?? "Vipps MobilePay could not create the charge",
      failureCode: event.failureCode ?? null,
    });
  }
  return null;
}
