import { queryOptions } from "@tanstack/react-query";
import type { GetSubscriptionResponse } from "@/lib/schemas/customer-portal";

export const accountKeys = {
  all: ["account"] as const,
  subscription: (id: string) => [...accountKeys.all, "subscription", id] as const,
};

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: "no-store" });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<T>;
}

export const subscriptionQuery = (id: string) =>
  queryOptions({
    queryKey: accountKeys.subscription(id),
    queryFn: ({ signal }) =>
      getJson<GetSubscriptionResponse>(`/api/account/subscriptions/${encodeURIComponent(id)}`, signal),
  });
