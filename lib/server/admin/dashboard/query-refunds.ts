import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { rollupSql, timestamps, type TScope } from "./scope";

export type TRefundRow = { slot: number; currency: string; amount: number; count: number };

/**
 * Refunds per bucket and currency, dated by Vipps's history (event REFUND), including refunds made
 * in the business portal; a charge refunded without a history yet counts at its last update.
 * Formula: lib/domain/metrics/payments.ts refundsOf.
 */
export const queryRefunds = async (
  _ctx: TServerContext,
  scope: TScope,
  starts: Date[],
  to: Date,
): Promise<TRefundRow[]> => {
  const rows = await db.$queryRaw<Record<string, bigint | number | string>[]>(Prisma.sql`
    SELECT width_bucket(at, ${timestamps(starts)}) AS slot, currency, SUM(refunded) AS amount, SUM(refunds) AS count
    FROM (${rollupSql(scope, ["refunded", "refunds"], { from: starts[0]!, to })}) changes
    WHERE currency <> ''
    GROUP BY slot, currency
    HAVING SUM(refunded) <> 0 OR SUM(refunds) <> 0`);
  return rows.map((r) => ({
    slot: Number(r.slot) - 1,
    currency: String(r.currency),
    amount: Number(r.amount),
    count: Number(r.count),
  }));
};
