import { queryOptions } from "@tanstack/react-query";
import type { GetChargeStateResponse } from "@/lib/schemas/support-views";

export const supportKeys = {
  all: ["support"] as const,
  chargeState: (chargeId: string) => [...supportKeys.all, "charge-state", chargeId] as const,
};

export const chargeStateQuery = (chargeId: string) =>
  queryOptions({
    queryKey: supportKeys.chargeState(chargeId),
    queryFn: async ({ signal }): Promise<GetChargeStateResponse> => {
      const response = await fetch(`/api/support/charges/${encodeURIComponent(chargeId)}`, {
        signal,
        cache: "no-store",
      });
      if (!response.ok) throw new Error(`charge state: ${response.status}`);
      return response.json() as Promise<GetChargeStateResponse>;
    },
  });
