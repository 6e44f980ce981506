import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { SUMMARY_SELECT, openChargesWhere, summarizeAgreement } from "./summarize-agreement";
import type { TSubscriptionSummary } from "./types";

const ORDER = { ACTIVE: 0, PENDING: 1, STOPPED: 2, EXPIRED: 3 } as const;
// A customer has a handful of agreements; this bounds a pathological one.
const LIMIT = 200;

/** Every subscription of the signed-in customer: live ones first, then ended ones, newest first. */
export const listSubscriptions = async ({
  customerId,
}: {
  customerId: string;
}): Promise<TSubscriptionSummary[]> => {
  const [rows, today] = await Promise.all([
    db.agreement.findMany({
      where: { customerId },
      select: SUMMARY_SELECT,
      orderBy: { createdAt: "desc" },
      take: LIMIT,
    }),
    now(),
  ]);
  if (rows.length === 0) return [];
  const open = await db.charge.findMany({
    where: openChargesWhere(
      rows.map((r) => r.id),
      today,
    ),
    select: { agreementId: true, status: true, due: true, amount: true },
  });
  return rows
    .map((row) => summarizeAgreement(row, open, today))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.createdAt.localeCompare(a.createdAt));
};
