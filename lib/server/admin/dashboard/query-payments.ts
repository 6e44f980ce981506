import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { rollupSql, timestamps, type TScope } from "./scope";

export type TPaymentRow = {
  slot: number;
  currency: string;
  succeeded: number;
  failed: number;
  recovered: number;
  recoveredCount: number;
};

/**
 * Decided RECURRING and UNSCHEDULED charges per bucket (by due date; unscheduled by creation) and
 * currency: succeeded, failed, and recovered (paid on a later day than due). Formulas:
 * lib/domain/metrics/payments.ts.
 */
export const queryPayments = async (
  _ctx: TServerContext,
  scope: TScope,
  starts: Date[],
  to: Date,
): Promise<TPaymentRow[]> => {
  const rows = await db.$queryRaw<Record<string, bigint | number | string>[]>(Prisma.sql`
    SELECT width_bucket(at, ${timestamps(starts)}) AS slot, currency, SUM(succeeded) AS succeeded, SUM(failed) AS failed,
           SUM(recovered) AS recovered, SUM("recoveredCount") AS "recoveredCount"
    FROM (${rollupSql(scope, ["succeeded", "failed", "recovered", "recoveredCount"], { from: starts[0]!, to })}) changes
    WHERE currency <> ''
    GROUP BY slot, currency
    HAVING SUM(succeeded) <> 0 OR SUM(failed) <> 0 OR SUM(recovered) <> 0 OR SUM("recoveredCount") <> 0`);
  return rows.map((r) => ({
    slot: Number(r.slot) - 1,
    currency: String(r.currency),
    succeeded: Number(r.succeeded),
    failed: Number(r.failed),
    recovered: Number(r.recovered),
    recoveredCount: Number(r.recoveredCount),
  }));
};
