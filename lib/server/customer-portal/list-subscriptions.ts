import "server-only";
import { now } from "@/lib/clock";
import { querySummaryRows } from "./query-summary-rows";
import { summarizeAgreement } from "./summarize-agreement";
import type { TLocale } from "@/lib/i18n/locales";
import type { TSubscriptionSummary } from "@/lib/schemas/customer-portal";

const ORDER = { ACTIVE: 0, PENDING: 1, STOPPED: 2, EXPIRED: 3 } as const;
// A customer has a handful of agreements; this bounds a pathological one.
const LIMIT = 200;

/**
 * Every subscription of the signed-in customer: live ones first, then ended ones, newest first;
 * named in `locale` where the merchant gave a name (summarizeAgreement).
 */
export const listSubscriptions = async ({
  customerId,
  locale,
}: {
  customerId: string;
  locale?: TLocale;
}): Promise<TSubscriptionSummary[]> => {
  const today = await now();
  const rows = await querySummaryRows({ customerId, today, limit: LIMIT });
  return rows
    .map(({ row, open }) => summarizeAgreement(row, open, today, locale))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.createdAt.localeCompare(a.createdAt));
};
