import { db } from "@/lib/db";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { systemContext } from "@/lib/server/context/build-context";
import { VippsProblemError } from "@/lib/vipps/errors";
import { enqueue } from "@/lib/queue/client";
import type { TPayload } from "@/lib/queue/queues";

// FACTS §8: poll ~5 s after the redirect, then every ~2 s; we slow down after a minute, and stop
// a little after Vipps's 10-minute pending window (the agreement is final by then).
export function nextPollDelaySeconds(attempt: number): number {
  if (attempt < 30) return 2;
  if (attempt < 130) return 5;
  return 30;
}
const GIVE_UP_AFTER_MS = 15 * 60_000;
const SLOW_POLL_MS = 10 * 60_000;
const SLOW_POLL_FOR_MS = 24 * 3_600_000;

export async function handle({ agreementId, attempt = 0 }: TPayload<"agreement.poll">): Promise<void> {
  let delay: number;
  try {
    const result = await refreshAgreement(await systemContext(), agreementId, "poll");
    if (result.to !== "PENDING") return;
    delay = nextPollDelaySeconds(attempt);
  } catch (error) {
    // Rate-limited: wait as long as Vipps asks before the next look.
    if (!(error instanceof VippsProblemError) || error.status !== 429) throw error;
    delay = Math.ceil((error.retryAfterMs ?? 10_000) / 1000);
  }
  const agreement = await db.agreement.findUnique({
    where: { id: agreementId },
    select: { createdAt: true },
  });
  if (!agreement) return;
  const age = Date.now() - agreement.createdAt.getTime();
  if (age > GIVE_UP_AFTER_MS) {
    // Rare (Vipps ends a pending agreement after 10 minutes): sync.sweep looks again every few
    // minutes for a day, then reconciliation takes over.
    const next = age > SLOW_POLL_FOR_MS ? null : new Date(Date.now() + SLOW_POLL_MS);
    await db.agreement.update({
      where: { id: agreementId },
      data: { nextPollAt: next, pollAttempts: attempt + 1 },
    });
    return;
  }
  await db.agreement.update({
    where: { id: agreementId },
    data: { nextPollAt: new Date(Date.now() + delay * 1000), pollAttempts: attempt + 1 },
  });
  await enqueue(
    "agreement.poll",
    { agreementId, attempt: attempt + 1 },
    { startAfter: delay, singletonKey: `poll-${agreementId}` },
  );
}
