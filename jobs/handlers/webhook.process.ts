import { processWebhook } from "@/lib/server/webhooks/process-webhook";
import type { TPayload } from "@/lib/queue/queues";

export async function handle({ eventId }: TPayload<"webhook.process">): Promise<void> {
  await processWebhook(eventId);
}
