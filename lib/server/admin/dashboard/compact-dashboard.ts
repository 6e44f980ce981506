import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { toDateOnly } from "@/lib/domain/periods";
import { ts } from "./scope";

/**
 * Folds the dashboard's changes dated before today (by Abo's clock) into one row per day and
 * currency, and adds up upcoming rows with the same key (dashboard_compact in
 * prisma/sql/006_dashboard_rollup.sql). The figures are the same before and after; only fewer rows
 * are read. Today's changes keep their time: the MRR "now" counts only those already past.
 */
export const compactDashboard = async (): Promise<void> => {
  const today = toDateOnly(await now());
  await db.$executeRaw`SELECT dashboard_compact(${ts(today)})`;
};
