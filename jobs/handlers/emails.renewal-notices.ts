import { queueRenewalNotices } from "@/lib/server/email/queue-renewal-notices";

export async function handle(): Promise<void> {
  await queueRenewalNotices();
}
