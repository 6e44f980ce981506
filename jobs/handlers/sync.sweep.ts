import { sweepPolls } from "@/lib/server/billing/sweep-polls";
import { jobContext } from "../job-context";

export async function handle(): Promise<void> {
  const ctx = await jobContext();
  if (ctx) await sweepPolls(ctx);
}
