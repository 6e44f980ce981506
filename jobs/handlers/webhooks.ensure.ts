import { ensureAllWebhooks } from "@/lib/server/webhooks/ensure-all-webhooks";
import { installationMerchantId, systemContext } from "@/lib/server/context/build-context";

export async function handle(): Promise<void> {
  // Before /setup there is no merchant and no sales unit to register.
  const merchantId = await installationMerchantId();
  if (!merchantId) return;
  await ensureAllWebhooks(await systemContext({ merchantId }));
}
