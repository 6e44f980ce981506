import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { countFailedJobs } from "@/lib/server/system/failed-jobs";
import {
  AWAITING_CAPTURE,
  FAILED_CHARGES,
  NOT_A_TEST_CALL,
  PENDING_AGREEMENTS,
  callOfMerchant,
} from "./list-work-list";

export type TSupportHome = {
  counts: {
    failedCharges: number;
    awaitingCapture: number;
    pendingAgreements: number;
    vippsErrorsToday: number;
    failedJobs: number;
  };
  recentCustomers: { id: string; name: string | null; email: string | null; createdAt: Date }[];
  recentErrors: {
    id: string;
    createdAt: Date;
    operation: string;
    status: number | null;
    detail: string | null;
  }[];
};

const DAY_MS = 24 * 60 * 60_000;

/**
 * What a support agent starts the day with, for ctx.merchantId: the work lists' sizes, who joined
 * lately, what Vipps refused (in the day before ctx.now). Failed jobs are the installation's.
 */
export const getSupportHome = async (ctx: TServerContext): Promise<TSupportHome> => {
  const merchantId = ctx.merchantId;
  const since = new Date(ctx.now.getTime() - DAY_MS);
  const [
    failedCharges,
    awaitingCapture,
    pendingAgreements,
    [errors],
    failedJobs,
    recentCustomers,
    recentErrors,
  ] = await Promise.all([
    db.charge.count({ where: { AND: [FAILED_CHARGES, { agreement: { merchantId } }] } }),
    // The awaiting-capture list's predicate (the list reads it in SQL for its partial index).
    db.charge.count({ where: { AND: [AWAITING_CAPTURE, { agreement: { merchantId } }] } }),
    db.agreement.count({ where: { ...PENDING_AGREEMENTS, merchantId } }),
    db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "VippsCall"
        WHERE (status >= 400 OR error IS NOT NULL) AND "createdAt" > ${since} AND ${NOT_A_TEST_CALL}
          AND ${callOfMerchant(ctx)}`,
    countFailedJobs(),
    db.customer.findMany({
      where: { merchantId },
      orderBy: { createdAt: "desc" },
      take: 8,
      select: { id: true, name: true, email: true, createdAt: true },
    }),
    db.$queryRaw<TSupportHome["recentErrors"]>`
        SELECT id, "createdAt", operation, status, coalesce(problem->>'detail', error) AS detail
        FROM "VippsCall"
        WHERE (status >= 400 OR error IS NOT NULL) AND ${NOT_A_TEST_CALL} AND ${callOfMerchant(ctx)}
        ORDER BY "createdAt" DESC
        LIMIT 5`,
  ]);
  return {
    counts: {
      failedCharges,
      awaitingCapture,
      pendingAgreements,
      vippsErrorsToday: errors?.n ?? 0,
      failedJobs,
    },
    recentCustomers,
    recentErrors,
  };
};
