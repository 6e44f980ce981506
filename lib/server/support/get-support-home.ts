import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { countFailedJobs } from "@/lib/server/system/failed-jobs";
import { FAILED_CHARGES, PENDING_AGREEMENTS } from "./list-work-list";

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

/** What a support agent starts the day with: the work lists' sizes, who joined lately, what Vipps refused. */
export const getSupportHome = async (): Promise<TSupportHome> => {
  const since = new Date((await now()).getTime() - DAY_MS);
  const [
    failedCharges,
    awaitingCapture,
    pendingAgreements,
    [errors],
    failedJobs,
    recentCustomers,
    recentErrors,
  ] = await Promise.all([
    db.charge.count({ where: FAILED_CHARGES }),
    // The awaiting-capture list's predicate (it reads it in SQL for its partial index).
    db.charge.count({ where: { status: { in: ["RESERVED", "PARTIALLY_CAPTURED"] } } }),
    db.agreement.count({ where: PENDING_AGREEMENTS }),
    db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM "VippsCall"
        WHERE (status >= 400 OR error IS NOT NULL) AND "createdAt" > ${since}`,
    countFailedJobs(),
    db.customer.findMany({
      orderBy: { createdAt: "desc" },
      take: 8,
      select: { id: true, name: true, email: true, createdAt: true },
    }),
    db.$queryRaw<TSupportHome["recentErrors"]>`
        SELECT id, "createdAt", operation, status, coalesce(problem->>'detail', error) AS detail
        FROM "VippsCall"
        WHERE status >= 400 OR error IS NOT NULL
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
