import { processWebhook } from "@/lib/server/webhooks/process-webhook";
import type { TPayload } from "@/jobs/queues";

export async function handle({ eventId }: TPayload<"webhook.process">): Promise<void> {
  await processWebhook(eventId);
}
