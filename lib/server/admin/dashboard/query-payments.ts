import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { SUCCEEDED_STATUSES } from "@/lib/domain/metrics/payments";
import { analyticalQuery, scopedAgreements, timestamps, ts, type TScope } from "./scope";

export type TPaymentRow = {
  slot: number;
  currency: string;
  succeeded: number;
  failed: number;
  recovered: number;
  recoveredCount: number;
  collected: number;
};

/**
 * Decided RECURRING and UNSCHEDULED charges per bucket (by due date; unscheduled by creation) and
 * currency: succeeded, failed, and recovered (paid on a later day than due). Formulas:
 * lib/domain/metrics/payments.ts.
 */
export const queryPayments = async (scope: TScope, starts: Date[], to: Date): Promise<TPaymentRow[]> => {
  const from = starts[0]!;
  const succeeded = Prisma.join(SUCCEEDED_STATUSES.map((s) => Prisma.sql`${s}::"ChargeStatus"`));
  const rows = await analyticalQuery<Record<string, bigint | number | string>>(Prisma.sql`
    WITH scoped AS (${scopedAgreements(scope)}),
    decided AS (
      SELECT c.currency::text AS currency, c.amount, c.status, c.due, c.history, c."updatedAt", c.due::timestamp AS day
      FROM "Charge" c JOIN scoped s ON s.id = c."agreementId"
      WHERE c.type = 'RECURRING' AND c.status IN (${succeeded}, 'FAILED') AND c.due >= ${ts(from)}::date AND c.due < ${ts(to)}::date
      UNION ALL
      SELECT c.currency::text, c.amount, c.status, c.due, c.history, c."updatedAt", date_trunc('day', c."createdAt")
      FROM "Charge" c JOIN scoped s ON s.id = c."agreementId"
      WHERE c.type = 'UNSCHEDULED' AND c.status IN (${succeeded}, 'FAILED') AND c."createdAt" >= ${ts(from)} AND c."createdAt" < ${ts(to)}
    ),
    marked AS (
      -- Recovered: no successful reserve or capture before the day after due, and one on or after it
      -- (ISO timestamps compare as text). JSON path tests, not a subquery per charge.
      SELECT *, (status <> 'FAILED' AND due IS NOT NULL AND history IS NOT NULL
        AND jsonb_path_exists(history, '$[*] ? ((@.event == "RESERVE" || @.event == "CAPTURE") && @.success == true && @.occurred >= $day)', jsonb_build_object('day', to_char(due + 1, 'YYYY-MM-DD')))
        AND NOT jsonb_path_exists(history, '$[*] ? ((@.event == "RESERVE" || @.event == "CAPTURE") && @.success == true && @.occurred < $day)', jsonb_build_object('day', to_char(due + 1, 'YYYY-MM-DD')))
      ) AS recovered
      FROM decided
    )
    SELECT width_bucket(day, ${timestamps(starts)}) AS slot, currency,
           COUNT(*) FILTER (WHERE status <> 'FAILED') AS succeeded,
           COUNT(*) FILTER (WHERE status = 'FAILED') AS failed,
           COALESCE(SUM(amount) FILTER (WHERE recovered), 0) AS recovered,
           COUNT(*) FILTER (WHERE recovered) AS "recoveredCount",
           COALESCE(SUM(amount) FILTER (WHERE status <> 'FAILED'), 0) AS collected
    FROM marked GROUP BY slot, currency`);
  return rows.map((r) => ({
    slot: Number(r.slot) - 1,
    currency: String(r.currency),
    succeeded: Number(r.succeeded),
    failed: Number(r.failed),
    recovered: Number(r.recovered),
    recoveredCount: Number(r.recoveredCount),
    collected: Number(r.collected),
  }));
};
