import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { levelsFromSlots } from "@/lib/domain/metrics/series";
import { rollupSql, timestamps, type TScope } from "./scope";

export type TLevels = { mrr: Record<string, number[]>; subscribers: number[]; agreements: number[] };

/**
 * MRR per currency, subscribers and active agreements at each instant: every start, stop and
 * campaign end is a change (+ or −) filed under the first instant it counts for (width_bucket), and
 * the levels are those changes added up. Subscribers are customers with at least one active
 * agreement (overlapping agreements merged). Formulas: tests/oracles/mrr.ts (the oracle); the changes are
 * kept by the database (prisma/sql/006_dashboard_rollup.sql).
 */
export const queryLevels = async (
  _ctx: TServerContext,
  scope: TScope,
  instants: Date[],
): Promise<TLevels> => {
  const last = instants.reduce((a, b) => (a > b ? a : b));
  const rows = await db.$queryRaw<
    {
      currency: string;
      slot: number;
      mrr: bigint;
      subscribers: bigint;
      agreements: bigint;
      priced: boolean;
    }[]
  >(Prisma.sql`
    SELECT currency, width_bucket(at, ${timestamps(instants)}) AS slot, SUM(mrr) AS mrr, SUM(subscribers) AS subscribers,
           SUM(agreements) AS agreements, bool_or(mrr <> 0) AS priced
    FROM (${rollupSql(scope, ["mrr", "subscribers", "agreements"], { to: last })}) changes
    GROUP BY currency, slot`);

  const slots = new Map<string, Map<number, number>>();
  const put = (key: string, slot: number, value: number) => {
    if (!slots.has(key)) slots.set(key, new Map());
    const sums = slots.get(key)!;
    sums.set(slot, (sums.get(slot) ?? 0) + value);
  };
  const priced = new Set<string>();
  for (const row of rows) {
    const slot = Number(row.slot);
    if (row.currency === "") {
      put("subscribers", slot, Number(row.subscribers));
      put("agreements", slot, Number(row.agreements));
    } else if (row.priced) {
      priced.add(row.currency);
      put(`mrr|${row.currency}`, slot, Number(row.mrr));
    }
  }
  const levels = (key: string) => levelsFromSlots(slots.get(key) ?? new Map(), instants.length);
  const mrr: Record<string, number[]> = {};
  for (const currency of priced) mrr[currency] = levels(`mrr|${currency}`);
  return { mrr, subscribers: levels("subscribers"), agreements: levels("agreements") };
};
