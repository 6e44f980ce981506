import { sweepPolls } from "@/lib/server/billing/sweep-polls";

export async function handle(): Promise<void> {
  await sweepPolls();
}
