import { processWebhook } from "@/lib/server/webhooks/process-webhook";
import { systemContext } from "@/lib/server/context/build-context";
import type { TPayload } from "@/lib/queue/queues";

export async function handle({ eventId }: TPayload<"webhook.process">): Promise<void> {
  await processWebhook(await systemContext(), eventId);
}
