import { reconcileAgreements } from "@/lib/server/billing/reconcile-agreements";
import { jobContext } from "../job-context";

export async function handle(): Promise<void> {
  const ctx = await jobContext();
  if (ctx) await reconcileAgreements(ctx);
}
