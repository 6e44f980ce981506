import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { analyticalQuery, scopedAgreements, timestamps, ts, type TScope } from "./scope";

export type TFlows = { started: number[]; churnedVoluntary: number[]; churnedFailedPayment: number[] };

/** Subscriptions started and ended per bucket; ended ones split by lib/domain/metrics/churn.ts churnKind. */
export const queryFlows = async (scope: TScope, starts: Date[], to: Date): Promise<TFlows> => {
  const from = starts[0]!;
  // One pass: each agreement yields its start and, once ended, its end.
  const rows = await analyticalQuery<{ kind: string; slot: number; total: bigint | number }>(Prisma.sql`
    WITH scoped AS (${scopedAgreements(scope)})
    SELECT e.kind, width_bucket(e.t, ${timestamps(starts)}) AS slot, COUNT(*) AS total
    FROM scoped CROSS JOIN LATERAL (VALUES
      ('started', started),
      (CASE WHEN "stopCause" = 'FAILED_PAYMENT' THEN 'churnedFailedPayment' ELSE 'churnedVoluntary' END, ended)
    ) AS e(kind, t)
    WHERE e.t >= ${ts(from)} AND e.t < ${ts(to)}
    GROUP BY e.kind, slot`);
  const flows: TFlows = {
    started: starts.map(() => 0),
    churnedVoluntary: starts.map(() => 0),
    churnedFailedPayment: starts.map(() => 0),
  };
  for (const row of rows) flows[row.kind as keyof TFlows][Number(row.slot) - 1] = Number(row.total);
  return flows;
};
