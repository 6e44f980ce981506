import { refreshCharge } from "@/lib/server/charges/refresh-charge";
import type { TPayload } from "@/jobs/queues";

export async function handle({ chargeId }: TPayload<"charge.poll">): Promise<void> {
  await refreshCharge(chargeId, "poll");
}
