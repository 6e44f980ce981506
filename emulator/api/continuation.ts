import { randomUUID } from "node:crypto";

// Continuation-Token paging of list endpoints [S23]: the response carries a token when more
// follows; repeating the same request with it gives the next page. Tokens are short-lived and
// bound to the query they came from.
const TTL_MS = 5 * 60_000;
const MAX_TOKENS = 10_000;

type TContinuation = { query: string; offset: number; expires: number };
const tokens = new Map<string, TContinuation>();

/** The offset a token stands for; 0 without one; null when it is unknown, expired or for another query. */
export function continuationOffset(token: unknown, query: string): number | null {
  if (typeof token !== "string" || !token) return 0;
  const found = tokens.get(token);
  if (!found || found.query !== query || found.expires < Date.now()) return null;
  return found.offset;
}

/** A token for the page after the one that ended at `offset`. */
export function issueContinuation(query: string, offset: number): string {
  const token = randomUUID();
  if (tokens.size >= MAX_TOKENS) tokens.clear();
  tokens.set(token, { query, offset, expires: Date.now() + TTL_MS });
  return token;
}

export const CONTINUATION_PROBLEM = { name: "Continuation-Token", reason: "is unknown or has expired" };
