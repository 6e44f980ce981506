import type { IdempotencyRecord } from "../domain/types";

// FACTS §3: keyed per merchant + Idempotency-Key. The same request again gets the stored response;
// a different request under a used key is a conflict; 4xx are remembered, 5xx are not (retryable).

export type IdempotencyDecision =
  { kind: "new" } | { kind: "replay"; record: IdempotencyRecord } | { kind: "conflict" };

export const idempotencyStoreKey = (msn: string, key: string): string => `${msn}\u0000${key}`;

export function decideIdempotency(
  records: ReadonlyMap<string, IdempotencyRecord>,
  storeKey: string,
  fingerprint: string,
): IdempotencyDecision {
  const seen = records.get(storeKey);
  if (!seen) return { kind: "new" };
  return seen.fingerprint === fingerprint ? { kind: "replay", record: seen } : { kind: "conflict" };
}

export const shouldRemember = (status: number): boolean => status < 500;
