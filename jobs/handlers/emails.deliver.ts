import { deliverEmails } from "@/lib/server/email/deliver-emails";
import { jobContext } from "../job-context";

export async function handle(): Promise<void> {
  const ctx = await jobContext();
  if (ctx) await deliverEmails(ctx);
}
