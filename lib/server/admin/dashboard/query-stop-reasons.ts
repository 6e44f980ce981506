import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { STOP_REASONS, type TStopReason } from "@/lib/domain/stop-reasons";
import { ts, type TScope } from "./scope";

/** Per reason (null: none given): stops, and stops the product's offer turned into a pause or plan change. */
export type TStopReasonRow = { reason: TStopReason | null; stopped: number; kept: number };

/**
 * Why customers stop, from the stop flow's answers decided in the range. Only each agreement's
 * standing decision counts: a stop undone, or replaced by a later one, is left out. Agreements as the
 * other figures count them: the context merchant's customers', not the go-live verification's,
 * activated, in the environment.
 */
export const queryStopReasons = async (
  ctx: TServerContext,
  scope: TScope,
  from: Date,
  to: Date,
): Promise<TStopReasonRow[]> => {
  const rows = await db.$queryRaw<{ reason: string | null; stopped: bigint; kept: bigint }[]>(Prisma.sql`
    SELECT f.reason::text AS reason,
           COUNT(*) FILTER (WHERE f.outcome = 'STOPPED') AS stopped,
           COUNT(*) FILTER (WHERE f.outcome <> 'STOPPED') AS kept
    FROM "StopFeedback" f
    JOIN "Agreement" a ON a.id = f."agreementId"
    JOIN "SalesUnit" u ON u.id = a."salesUnitId"
    WHERE f."replacedAt" IS NULL AND f."createdAt" >= ${ts(from)} AND f."createdAt" < ${ts(to)}
      AND a."merchantId" = ${ctx.merchantId} AND a."activatedAt" IS NOT NULL AND a."customerId" IS NOT NULL AND NOT a."isTest"
      AND u.environment = ${scope.environment}::"VippsEnvironment"
    GROUP BY f.reason`);
  const found = new Map(rows.map((r) => [r.reason, r]));
  // Every reason in the list's order, then "none given", so the panel reads the same each time.
  return [...STOP_REASONS, null].map((reason) => ({
    reason,
    stopped: Number(found.get(reason)?.stopped ?? 0),
    kept: Number(found.get(reason)?.kept ?? 0),
  }));
};
