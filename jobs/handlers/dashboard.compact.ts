import { compactDashboard } from "@/lib/server/admin/dashboard/compact-dashboard";
import { installationMerchantId, systemContext } from "@/lib/server/context/build-context";

export async function handle(): Promise<void> {
  // Before /setup there is no merchant, no agreement and nothing to fold.
  const merchantId = await installationMerchantId();
  if (!merchantId) return;
  await compactDashboard(await systemContext({ merchantId }));
}
