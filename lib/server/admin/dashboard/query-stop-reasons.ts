import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { STOP_REASONS, type TStopReason } from "@/lib/domain/stop-reasons";
import { analyticalQuery, scopedAgreements, ts, type TScope } from "./scope";

/** Per reason (null: none given): stops, and stops the product's offer turned into a pause or plan change. */
export type TStopReasonRow = { reason: TStopReason | null; stopped: number; kept: number };

/**
 * Why customers stop, from the stop flow's answers decided in the range. Only each agreement's
 * standing decision counts: a stop undone, or replaced by a later one, is left out.
 */
export const queryStopReasons = async (scope: TScope, from: Date, to: Date): Promise<TStopReasonRow[]> => {
  const rows = await analyticalQuery<{ reason: string | null; stopped: bigint; kept: bigint }>(Prisma.sql`
    WITH scoped AS (${scopedAgreements(scope)})
    SELECT f.reason::text AS reason,
           COUNT(*) FILTER (WHERE f.outcome = 'STOPPED') AS stopped,
           COUNT(*) FILTER (WHERE f.outcome <> 'STOPPED') AS kept
    FROM "StopFeedback" f JOIN scoped s ON s.id = f."agreementId"
    WHERE f."replacedAt" IS NULL AND f."createdAt" >= ${ts(from)} AND f."createdAt" < ${ts(to)}
    GROUP BY f.reason`);
  const found = new Map(rows.map((r) => [r.reason, r]));
  // Every reason in the list's order, then "none given", so the panel reads the same each time.
  return [...STOP_REASONS, null].map((reason) => ({
    reason,
    stopped: Number(found.get(reason)?.stopped ?? 0),
    kept: Number(found.get(reason)?.kept ?? 0),
  }));
};
