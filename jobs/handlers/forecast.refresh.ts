import { refreshForecast } from "@/lib/server/admin/dashboard/refresh-forecast";
import { installationMerchantId, systemContext } from "@/lib/server/context/build-context";

export async function handle(): Promise<void> {
  // Before /setup there is no merchant, no agreement and nothing to forecast.
  const merchantId = await installationMerchantId();
  if (!merchantId) return;
  await refreshForecast(await systemContext({ merchantId }));
}
