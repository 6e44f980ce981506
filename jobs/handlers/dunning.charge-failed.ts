import { handleFailedCharge } from "@/lib/server/billing/handle-failed-charge";
import type { TPayload } from "@/lib/queue/queues";
import { jobContext } from "../job-context";

export async function handle({ chargeId }: TPayload<"dunning.charge-failed">): Promise<void> {
  const ctx = await jobContext();
  if (ctx) await handleFailedCharge(ctx, chargeId);
}
