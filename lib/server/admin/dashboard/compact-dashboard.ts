import "server-only";
import { db } from "@/lib/db";
import { toDateOnly } from "@/lib/domain/periods";
import type { TServerContext } from "@/lib/server/context/server-context";
import { ts } from "./scope";

/**
 * Folds the dashboard's changes dated before today (by Abo's clock) into one row per day and
 * currency, and adds up upcoming rows with the same key (dashboard_compact in
 * prisma/sql/006_dashboard_rollup.sql). The figures are the same before and after; only fewer rows
 * are read. Today's changes keep their time: the MRR "now" counts only those already past. The
 * rollup is the installation's (scope.ts): the context brings the clock, not a merchant.
 */
export const compactDashboard = async (ctx: TServerContext): Promise<void> => {
  const today = toDateOnly(ctx.now);
  await db.$executeRaw`SELECT dashboard_compact(${ts(today)})`;
};
