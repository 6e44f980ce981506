import { pollCharge } from "@/lib/server/billing/poll-charge";
import { systemContextOfCharge } from "@/lib/server/context/build-context";
import type { TPayload } from "@/lib/queue/queues";

// The next look (and the wait after a 429) is stored in the charge's nextPollAt; sync.sweep queues it.
export async function handle({ chargeId }: TPayload<"charge.poll">): Promise<void> {
  const ctx = await systemContextOfCharge(chargeId);
  if (ctx) await pollCharge(ctx, chargeId);
}
