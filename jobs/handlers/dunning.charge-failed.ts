import { handleFailedCharge } from "@/lib/server/billing/handle-failed-charge";
import type { TPayload } from "@/jobs/queues";

export async function handle({ chargeId }: TPayload<"dunning.charge-failed">): Promise<void> {
  await handleFailedCharge(chargeId);
}
