import { createHash } from "node:crypto";
import { z } from "zod";
import { storableText } from "@/lib/schemas/text";

// A Vipps Recurring webhook payload (FACTS §9): flat, no status (the event type is the status).
// Parsed leniently: a field Vipps adds later must not make us refuse the delivery.
export const ZWebhookPayload = z
  .object({
    msn: storableText().nullish(),
    eventType: storableText().min(1),
    agreementId: storableText().nullish(),
    chargeId: storableText().nullish(),
    actor: storableText().nullish(),
    occurred: storableText().nullish(),
    transactionId: storableText().nullish(),
    amountCaptured: z.number().nullish(),
    amountRefunded: z.number().nullish(),
    amountCanceled: z.number().nullish(),
    failureCode: storableText().nullish(),
    failureReason: storableText().nullish(),
  })
  .loose();
export type TWebhookPayload = z.infer<typeof ZWebhookPayload>;

/**
 * What makes two deliveries the same event: redeliveries (retries, overlapping registrations)
 * carry the same type, resource, time, operation and amounts; a new event differs in one of them.
 */
export function webhookIdentity(event: TWebhookPayload): string {
  const fields = [
    event.eventType,
    event.msn,
    event.agreementId,
    event.chargeId,
    event.occurred,
    event.actor,
    event.transactionId,
    event.amountCaptured,
    event.amountRefunded,
    event.amountCanceled,
    event.failureCode,
  ];
  return createHash("sha256")
    .update(JSON.stringify(fields.map((f) => f ?? null)))
    .digest("hex");
}

/** The actors an agreement-stopped event may name (who stopped it). */
export const STOP_ACTORS = ["USER", "MERCHANT", "ADMIN"] as const;
