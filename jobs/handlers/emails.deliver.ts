import { deliverEmails } from "@/lib/server/email/deliver-emails";

export async function handle(): Promise<void> {
  await deliverEmails();
}
