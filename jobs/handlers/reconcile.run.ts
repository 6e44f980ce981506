import { reconcileAgreements } from "@/lib/server/billing/reconcile-agreements";

export async function handle(): Promise<void> {
  await reconcileAgreements();
}
