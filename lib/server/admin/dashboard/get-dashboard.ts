import "server-only";
import { db } from "@/lib/db";
import { churnRate } from "@/lib/domain/metrics/churn";
import { failedPaymentRate } from "@/lib/domain/metrics/payments";
import {
  bucketStarts,
  levelInstants,
  parseRange,
  type TBucket,
  type TRangePreset,
} from "@/lib/domain/metrics/range";
import { UPCOMING_DAYS } from "@/lib/domain/metrics/upcoming";
import { addDays, isoDay, toDateOnly } from "@/lib/domain/periods";
import type { TServerContext } from "@/lib/server/context/server-context";
import { queryFlows } from "./query-flows";
import { queryLevels } from "./query-levels";
import { queryPayments } from "./query-payments";
import { queryRefunds } from "./query-refunds";
import { queryStopReasons, type TStopReasonRow } from "./query-stop-reasons";
import { queryUpcoming } from "./query-upcoming";

type TMoney = Record<string, number>;

export type TDashboardBucket = {
  start: string;
  mrr: TMoney;
  subscribers: number;
  started: number;
  churnedVoluntary: number;
  churnedFailedPayment: number;
  succeeded: number;
  failed: number;
  recovered: TMoney;
  refunded: TMoney;
};

export type TDashboard = {
  environment: "TEST" | "PRODUCTION";
  range: { preset: TRangePreset; from: string; to: string; bucket: TBucket };
  rangeErrors: Record<string, string> | null;
  currencies: string[];
  buckets: TDashboardBucket[];
  totals: {
    mrr: TMoney;
    subscribers: number;
    activeAtStart: number;
    started: number;
    churnedVoluntary: number;
    churnedFailedPayment: number;
    churnRate: number | null;
    succeeded: number;
    failed: number;
    failedRate: number | null;
    recovered: TMoney;
    recoveredCount: number;
    refunded: TMoney;
    refunds: number;
  };
  upcoming: {
    through: string;
    days: { day: string; amounts: TMoney; count: number }[];
    totals: TMoney;
    count: number;
  };
  /** Why customers stop (the stop flow's answers in the range). */
  stopReasons: TStopReasonRow[];
};

const add = (money: TMoney, currency: string, amount: number) =>
  void (money[currency] = (money[currency] ?? 0) + amount);

/**
 * The business dashboard of the context's merchant for a time range at ctx.now: every figure from
 * the rollup the database keeps (a few hundred rows a query; see scope.ts for what it is kept per).
 */
export const getDashboard = async (
  ctx: TServerContext,
  params: { range?: string; from?: string; to?: string },
): Promise<TDashboard> => {
  const { now } = ctx;
  const parsed = parseRange(params, now);
  const { range } = parsed;
  const merchant = await db.merchant.findUnique({
    where: { id: ctx.merchantId },
    select: { activeEnvironment: true },
  });
  const scope = { environment: merchant?.activeEnvironment ?? "TEST" };
  const starts = bucketStarts(range);
  const instants = [range.from < now ? range.from : now, ...levelInstants(range, now)];
  const today = toDateOnly(now);

  const [levels, flows, payments, refunds, upcoming, stopReasons] = await Promise.all([
    queryLevels(ctx, scope, instants),
    queryFlows(ctx, scope, starts, range.to),
    queryPayments(ctx, scope, starts, range.to),
    queryRefunds(ctx, scope, starts, range.to),
    queryUpcoming(ctx, scope, UPCOMING_DAYS),
    queryStopReasons(ctx, scope, range.from, range.to),
  ]);

  const buckets: TDashboardBucket[] = starts.map((start, i) => ({
    start: isoDay(start),
    mrr: Object.fromEntries(
      Object.entries(levels.mrr).map(([currency, values]) => [currency, values[i + 1] ?? 0]),
    ),
    subscribers: levels.subscribers[i + 1] ?? 0,
    started: flows.started[i] ?? 0,
    churnedVoluntary: flows.churnedVoluntary[i] ?? 0,
    churnedFailedPayment: flows.churnedFailedPayment[i] ?? 0,
    succeeded: 0,
    failed: 0,
    recovered: {},
    refunded: {},
  }));
  for (const row of payments) {
    const bucket = buckets[row.slot];
    if (!bucket) continue;
    bucket.succeeded += row.succeeded;
    bucket.failed += row.failed;
    if (row.recovered) add(bucket.recovered, row.currency, row.recovered);
  }
  for (const row of refunds)
    if (buckets[row.slot]) add(buckets[row.slot]!.refunded, row.currency, row.amount);

  const sum = (pick: (b: TDashboardBucket) => number) => buckets.reduce((total, b) => total + pick(b), 0);
  const money = (pick: (b: TDashboardBucket) => TMoney) =>
    buckets.reduce<TMoney>(
      (total, b) => (Object.entries(pick(b)).forEach(([c, v]) => add(total, c, v)), total),
      {},
    );
  const started = sum((b) => b.started);
  const churnedVoluntary = sum((b) => b.churnedVoluntary);
  const churnedFailedPayment = sum((b) => b.churnedFailedPayment);
  const succeeded = sum((b) => b.succeeded);
  const failed = sum((b) => b.failed);
  const activeAtStart = levels.agreements[0] ?? 0;
  const last = buckets.at(-1);

  const upcomingDays = new Map<string, { day: string; amounts: TMoney; count: number }>();
  const upcomingTotals: TMoney = {};
  for (const row of upcoming) {
    const entry = upcomingDays.get(row.day) ?? { day: row.day, amounts: {}, count: 0 };
    add(entry.amounts, row.currency, row.amount);
    entry.count += row.count;
    upcomingDays.set(row.day, entry);
    add(upcomingTotals, row.currency, row.amount);
  }
  const currencies = [
    ...new Set([
      ...Object.keys(levels.mrr),
      ...upcoming.map((u) => u.currency),
      ...payments.map((p) => p.currency),
      ...refunds.map((r) => r.currency),
    ]),
  ].sort();

  return {
    environment: scope.environment,
    range: {
      preset: range.preset,
      from: isoDay(range.from),
      to: isoDay(addDays(range.to, -1)),
      bucket: range.bucket,
    },
    rangeErrors: parsed.ok ? null : parsed.errors,
    currencies,
    buckets,
    totals: {
      mrr: last?.mrr ?? {},
      subscribers: last?.subscribers ?? 0,
      activeAtStart,
      started,
      churnedVoluntary,
      churnedFailedPayment,
      churnRate: churnRate({ churned: churnedVoluntary + churnedFailedPayment, activeAtStart, started }),
      succeeded,
      failed,
      failedRate: failedPaymentRate({ failed, succeeded }),
      recovered: money((b) => b.recovered),
      recoveredCount: payments.reduce((total, row) => total + row.recoveredCount, 0),
      refunded: money((b) => b.refunded),
      refunds: refunds.reduce((total, row) => total + row.count, 0),
    },
    upcoming: {
      through: isoDay(addDays(today, UPCOMING_DAYS)),
      days: [...upcomingDays.values()],
      totals: upcomingTotals,
      count: upcoming.reduce((t, r) => t + r.count, 0),
    },
    stopReasons,
  };
};
