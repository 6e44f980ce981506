import { drainWebhooks } from "@/lib/server/webhooks/drain-webhooks";
import { installationMerchantId, systemContext } from "@/lib/server/context/build-context";
import { enqueue } from "@/lib/queue/client";

export async function handle(): Promise<void> {
  // Before /setup there is no sales unit, so no delivery could have been taken.
  const merchantId = await installationMerchantId();
  if (!merchantId) return;
  const { more } = await drainWebhooks(await systemContext({ merchantId }));
  // Handed over, not dropped: the next run goes on where this one stopped.
  if (more) await enqueue("webhooks.drain", {});
}
