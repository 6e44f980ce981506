import { installationMerchantId, systemContext } from "@/lib/server/context/build-context";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * The context of one job run: the system, for the installation's merchant, at Abo's now (read once,
 * here). Null before /setup has made a merchant: there is nothing to bill, poll or mail yet, and a
 * scheduled job must not fail every minute on a fresh installation.
 */
export async function jobContext(): Promise<TServerContext | null> {
  const merchantId = await installationMerchantId();
  return merchantId ? systemContext({ merchantId }) : null;
}
