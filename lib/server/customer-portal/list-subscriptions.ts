import "server-only";
import type { TServerContext } from "@/lib/server/context/server-context";
import { querySummaryRows } from "./query-summary-rows";
import { summarizeAgreement } from "./summarize-agreement";
import type { TSubscriptionSummary } from "@/lib/schemas/customer-portal";

const ORDER = { ACTIVE: 0, PENDING: 1, STOPPED: 2, EXPIRED: 3 } as const;
// A customer has a handful of agreements; this bounds a pathological one.
const LIMIT = 200;

/**
 * Every subscription of the signed-in customer: live ones first, then ended ones, newest first;
 * named in the context's locale where the merchant gave a name (summarizeAgreement).
 */
export const listSubscriptions = async (ctx: TServerContext): Promise<TSubscriptionSummary[]> => {
  const rows = await querySummaryRows(ctx, { limit: LIMIT });
  return rows
    .map(({ row, open }) => summarizeAgreement(row, open, ctx.now, ctx.locale))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.createdAt.localeCompare(a.createdAt));
};
