import { handleFailedCharge } from "@/lib/server/billing/handle-failed-charge";
import type { TPayload } from "@/lib/queue/queues";

export async function handle({ chargeId }: TPayload<"dunning.charge-failed">): Promise<void> {
  await handleFailedCharge(chargeId);
}
