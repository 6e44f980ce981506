import { runBilling } from "@/lib/server/billing/run-billing";
import { enqueue } from "@/lib/queue/client";
import { jobContext } from "../job-context";

export async function handle(): Promise<void> {
  // One context for the run: planning happens at its now (sending reads the clock again per batch).
  const ctx = await jobContext();
  if (!ctx) return;
  const { sent } = await runBilling(ctx);
  // Vipps asked us to wait (or an answer was lost): send the rest later instead of spinning.
  if (sent.retryAfterMs !== undefined)
    await enqueue("billing.send", {}, { startAfter: Math.ceil(sent.retryAfterMs / 1000) });
}
