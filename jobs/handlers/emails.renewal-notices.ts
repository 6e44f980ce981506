import { queueRenewalNotices } from "@/lib/server/email/queue-renewal-notices";
import { jobContext } from "../job-context";

export async function handle(): Promise<void> {
  const ctx = await jobContext();
  if (ctx) await queueRenewalNotices(ctx);
}
