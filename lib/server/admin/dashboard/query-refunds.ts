import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { analyticalQuery, scopedAgreements, timestamps, ts, type TScope } from "./scope";

export type TRefundRow = { slot: number; currency: string; amount: number; count: number };

/**
 * Refunds per bucket and currency, dated by Vipps's history (event REFUND), including refunds made
 * in the business portal; a charge refunded without a history yet counts at its last update.
 * Formula: lib/domain/metrics/payments.ts refundsOf.
 */
export const queryRefunds = async (scope: TScope, starts: Date[], to: Date): Promise<TRefundRow[]> => {
  const from = starts[0]!;
  const rows = await analyticalQuery<Record<string, bigint | number | string>>(Prisma.sql`
    WITH scoped AS (${scopedAgreements(scope)}),
    refunded AS (
      SELECT c.id, c.currency::text AS currency, c."refundedAmount", c."updatedAt",
             CASE WHEN jsonb_typeof(c.history) = 'array' THEN c.history ELSE '[]'::jsonb END AS history
      FROM "Charge" c JOIN scoped s ON s.id = c."agreementId"
      WHERE c."refundedAmount" > 0 AND c."updatedAt" >= ${ts(from)}
    ),
    events AS (
      SELECT r.currency, ((h->>'occurred')::timestamptz AT TIME ZONE 'UTC') AS t, (h->>'amount')::int AS amount
      FROM refunded r, jsonb_path_query(r.history, '$[*] ? (@.event == "REFUND" && @.success == true)') h
      UNION ALL
      SELECT r.currency, r."updatedAt", r."refundedAmount" FROM refunded r
      WHERE NOT jsonb_path_exists(r.history, '$[*] ? (@.event == "REFUND" && @.success == true)')
    )
    SELECT width_bucket(t, ${timestamps(starts)}) AS slot, currency, SUM(amount) AS amount, COUNT(*) AS count
    FROM events WHERE t >= ${ts(from)} AND t < ${ts(to)} GROUP BY slot, currency`);
  return rows.map((r) => ({
    slot: Number(r.slot) - 1,
    currency: String(r.currency),
    amount: Number(r.amount),
    count: Number(r.count),
  }));
};
