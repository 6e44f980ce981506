import { queryOptions } from "@tanstack/react-query";
import type { GetReturnStatusResponse } from "@/lib/schemas/customer-portal";

export const subscribeKeys = {
  all: ["subscribe"] as const,
  status: (token: string) => [...subscribeKeys.all, "status", token] as const,
};

const FINAL = new Set(["ACTIVE", "STOPPED", "EXPIRED"]);

export function isFinalStatus(status: string): boolean {
  return FINAL.has(status);
}

/** Polling delay after the n-th answer: every 2 s at first, then slower, at most every 15 s (FACTS §8). */
export function returnPollDelayMs(answers: number): number {
  return Math.min(2_000 * 1.25 ** Math.max(0, answers - 10), 15_000);
}

export const returnStatusQuery = (token: string) =>
  queryOptions({
    queryKey: subscribeKeys.status(token),
    queryFn: async ({ signal }): Promise<GetReturnStatusResponse> => {
      const response = await fetch(`/api/subscribe/return/${encodeURIComponent(token)}`, {
        signal,
        cache: "no-store",
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return response.json();
    },
  });
