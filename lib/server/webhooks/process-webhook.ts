import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { applyStoredEvents } from "./apply-stored-events";

/**
 * Applies one stored webhook event now (the webhook.process job, kept for jobs queued before
 * webhooks.drain took over, and for tests). The same path as the drain: the event is only a
 * signal, the agreement or charge it names is read again from Vipps and applied forward only.
 * Safe to run again; a processed event is skipped. Throws when it had to be put off. Applied in a
 * system context of its row's merchant (applyStoredEvents).
 */
export const processWebhook = async (ctx: TServerContext, eventId: string): Promise<void> => {
  const event = await db.webhookEvent.findUnique({ where: { id: eventId } });
  if (!event || event.processedAt) return;
  const [outcome] = await applyStoredEvents(ctx, [event]);
  if (outcome && !outcome.applied) throw new Error(outcome.error);
};
