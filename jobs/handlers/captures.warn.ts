import { warnCaptureDeadlines } from "@/lib/server/billing/warn-capture-deadlines";
import { jobContext } from "../job-context";

export async function handle(): Promise<void> {
  const ctx = await jobContext();
  if (ctx) await warnCaptureDeadlines(ctx);
}
