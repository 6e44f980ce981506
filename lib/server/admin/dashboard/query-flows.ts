import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { rollupSql, timestamps, type TScope } from "./scope";

export type TFlows = { started: number[]; churnedVoluntary: number[]; churnedFailedPayment: number[] };

/** Subscriptions started and ended per bucket; ended ones split by lib/domain/metrics/churn.ts churnKind. */
export const queryFlows = async (
  _ctx: TServerContext,
  scope: TScope,
  starts: Date[],
  to: Date,
): Promise<TFlows> => {
  const columns = ["started", "churnedVoluntary", "churnedFailedPayment"];
  const rows = await db.$queryRaw<Record<string, bigint | number>[]>(Prisma.sql`
    SELECT width_bucket(at, ${timestamps(starts)}) AS slot, SUM(started) AS started,
           SUM("churnedVoluntary") AS "churnedVoluntary", SUM("churnedFailedPayment") AS "churnedFailedPayment"
    FROM (${rollupSql(scope, columns, { from: starts[0]!, to })}) changes
    GROUP BY slot`);
  const flows: TFlows = {
    started: starts.map(() => 0),
    churnedVoluntary: starts.map(() => 0),
    churnedFailedPayment: starts.map(() => 0),
  };
  for (const row of rows) {
    const i = Number(row.slot) - 1;
    for (const kind of columns) flows[kind as keyof TFlows][i] = Number(row[kind]);
  }
  return flows;
};
