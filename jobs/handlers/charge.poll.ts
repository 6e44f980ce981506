import { pollCharge } from "@/lib/server/billing/poll-charge";
import type { TPayload } from "@/lib/queue/queues";

// The next look (and the wait after a 429) is stored in the charge's nextPollAt; sync.sweep queues it.
export async function handle({ chargeId }: TPayload<"charge.poll">): Promise<void> {
  await pollCharge(chargeId);
}
