import { stopScheduledAgreements } from "@/lib/server/billing/stop-scheduled-agreements";

export async function handle(): Promise<void> {
  await stopScheduledAgreements();
}
