import "server-only";
import type { WebhookEvent } from "@/lib/generated/prisma/client";
import { isRetryable, VippsProblemError } from "@/lib/vipps/errors";

/** A stored event as the appliers need it. */
export type TStoredEvent = Pick<
  WebhookEvent,
  "id" | "eventType" | "agreementId" | "chargeId" | "actor" | "occurred" | "transactionId" | "attempts"
> & { payload: unknown };

/**
 * What became of one event: applied (with a note for support when it needed nothing), or put off
 * until Vipps can be read again (rate limit, outage, or an error worth another try).
 */
export type TOutcome =
  | { id: string; applied: true; note: string | null }
  | { id: string; applied: false; retryAfterMs: number; error: string };

export const done = (events: TStoredEvent[], note: string | null = null): TOutcome[] =>
  events.map((e) => ({ id: e.id, applied: true, note }));

// Put off with backoff: 5 s, 10 s, 20 s … at most an hour (the sweep looks again after that too).
const backoffMs = (attempts: number) => Math.min(3_600_000, 5_000 * 2 ** Math.max(0, attempts - 1));

/** The events put off after `error`: Vipps's Retry-After when it gave one, else a growing backoff. */
export function putOff(events: TStoredEvent[], error: unknown): TOutcome[] {
  const retryAfter =
    error instanceof VippsProblemError && error.status === 429 ? (error.retryAfterMs ?? 30_000) : null;
  return events.map((e) => ({
    id: e.id,
    applied: false,
    retryAfterMs: retryAfter ?? backoffMs(e.attempts),
    error:
      `${isRetryable(error) ? "Vipps unavailable; will retry" : "Failed; will retry"}: ${String(error)}`.slice(
        0,
        1000,
      ),
  }));
}
