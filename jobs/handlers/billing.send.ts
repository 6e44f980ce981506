import { sendPlannedCharges } from "@/lib/server/billing/send-planned-charges";
import { enqueue } from "@/lib/queue/client";

export async function handle(): Promise<void> {
  const sent = await sendPlannedCharges();
  if (sent.retryAfterMs !== undefined) {
    await enqueue(
      "billing.send",
      {},
      { startAfter: Math.ceil(sent.retryAfterMs / 1000), singletonKey: "billing.send", singletonSeconds: 5 },
    );
  }
}
