import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { scopedAgreements, timestamps, ts, type TScope } from "./scope";

export type TFlows = { started: number[]; churnedVoluntary: number[]; churnedFailedPayment: number[] };

/** Subscriptions started and ended per bucket; ended ones split by lib/domain/metrics/churn.ts churnKind. */
export const queryFlows = async (scope: TScope, starts: Date[], to: Date): Promise<TFlows> => {
  const from = starts[0]!;
  const rows = await db.$queryRaw<{ kind: string; slot: number; total: bigint | number }[]>(Prisma.sql`
    WITH scoped AS (${scopedAgreements(scope)})
    SELECT 'started' AS kind, width_bucket(started, ${timestamps(starts)}) AS slot, COUNT(*) AS total
      FROM scoped WHERE started >= ${ts(from)} AND started < ${ts(to)} GROUP BY slot
    UNION ALL
    SELECT CASE WHEN "stopCause" = 'FAILED_PAYMENT' THEN 'churnedFailedPayment' ELSE 'churnedVoluntary' END, width_bucket(ended, ${timestamps(starts)}), COUNT(*)
      FROM scoped WHERE ended >= ${ts(from)} AND ended < ${ts(to)} GROUP BY 1, 2`);
  const flows: TFlows = { started: starts.map(() => 0), churnedVoluntary: starts.map(() => 0), churnedFailedPayment: starts.map(() => 0) };
  for (const row of rows) flows[row.kind as keyof TFlows][Number(row.slot) - 1] = Number(row.total);
  return flows;
};
