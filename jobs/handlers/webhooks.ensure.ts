import { ensureAllWebhooks } from "@/lib/server/webhooks/ensure-all-webhooks";

export async function handle(): Promise<void> {
  await ensureAllWebhooks();
}
