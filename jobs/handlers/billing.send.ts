import { sendPlannedCharges } from "@/lib/server/billing/send-planned-charges";
import { enqueue } from "@/lib/queue/client";
import { jobContext } from "../job-context";

export async function handle(): Promise<void> {
  const ctx = await jobContext();
  if (!ctx) return;
  const sent = await sendPlannedCharges(ctx);
  if (sent.retryAfterMs !== undefined) {
    await enqueue(
      "billing.send",
      {},
      { startAfter: Math.ceil(sent.retryAfterMs / 1000), singletonKey: "billing.send", singletonSeconds: 5 },
    );
  }
}
