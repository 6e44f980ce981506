import { drainWebhooks } from "@/lib/server/webhooks/drain-webhooks";
import { enqueue } from "@/lib/queue/client";

export async function handle(): Promise<void> {
  const { more } = await drainWebhooks();
  // Handed over, not dropped: the next run goes on where this one stopped.
  if (more) await enqueue("webhooks.drain", {});
}
