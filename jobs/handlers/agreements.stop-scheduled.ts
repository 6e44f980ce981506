import { stopScheduledAgreements } from "@/lib/server/billing/stop-scheduled-agreements";
import { jobContext } from "../job-context";

export async function handle(): Promise<void> {
  const ctx = await jobContext();
  if (ctx) await stopScheduledAgreements(ctx);
}
