import { runBilling } from "@/lib/server/billing/run-billing";
import { enqueue } from "@/lib/queue/client";

export async function handle(): Promise<void> {
  const { sent } = await runBilling();
  // Vipps asked us to wait (or an answer was lost): send the rest later instead of spinning.
  if (sent.retryAfterMs !== undefined)
    await enqueue("billing.send", {}, { startAfter: Math.ceil(sent.retryAfterMs / 1000) });
}
