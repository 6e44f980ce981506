import "server-only";
import { db } from "@/lib/db";
import { Currency } from "@/lib/generated/prisma/enums";
import { FIGURE_KIND, type TDrilldownFigure } from "@/lib/domain/metrics/figures";
import { levelInstants, parseRange, type TBucket, type TRangePreset } from "@/lib/domain/metrics/range";
import { UPCOMING_DAYS } from "@/lib/domain/metrics/upcoming";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { STOP_REASONS } from "@/lib/domain/stop-reasons";
import type { TServerContext } from "@/lib/server/context/server-context";
import {
  drilldownActiveAt,
  drilldownChurned,
  drilldownMrr,
  drilldownStarted,
  drilldownSubscribers,
} from "./drilldown-agreements";
import { drilldownCharges, drilldownRecovered, drilldownRefunds } from "./drilldown-charges";
import type { TDrillScope } from "./drilldown-scope";
import { drilldownStops, type TReasonFilter } from "./drilldown-stops";
import type { TDrillRow } from "@/lib/domain/metrics/drilldown-row";
import { drilldownUpcoming } from "./drilldown-upcoming";

export type TDrilldown = {
  figure: TDrilldownFigure;
  kind: "money" | "count";
  environment: "TEST" | "PRODUCTION";
  range: { preset: TRangePreset; from: string; to: string; bucket: TBucket };
  rangeErrors: Record<string, string> | null;
  /** The currency the rows are limited to (money figures), or null for all. */
  currency: Currency | null;
  /** Stops and offers kept: the reason the rows are limited to, or null for all. */
  reason: TReasonFilter | null;
  /** Levels (MRR, subscribers, active at start) are read just before this moment. */
  at: string | null;
  /** Upcoming charges: the last day of the window. */
  through: string | null;
  rows: TDrillRow[];
  count: number;
  /** Money figures: the rows' amounts added up per currency. */
  totals: Record<string, number>;
};

const day = (date: Date) => date.toISOString().slice(0, 10);

const readCurrency = (value: string | undefined): Currency | null =>
  value && (Object.values(Currency) as string[]).includes(value) ? (value as Currency) : null;

/** A stop reason of the query string ("NONE": answers without one); anything else means all. */
const readReason = (value: string | undefined): TReasonFilter | null =>
  value === "NONE" || (STOP_REASONS as readonly string[]).includes(value ?? "")
    ? (value as TReasonFilter)
    : null;

/** Which figure's rows, for which range (the dashboard's names or from/to), currency and stop reason. */
export type TDrilldownParams = {
  figure: TDrilldownFigure;
  range?: string;
  from?: string;
  to?: string;
  currency?: string;
  reason?: string;
};

/**
 * The rows behind one dashboard figure of the context's merchant, for the same range (and currency)
 * as the dashboard reads it at ctx.now, computed from the rows themselves (drilldown-*.ts), so the
 * list can be checked against the figure.
 */
export const getDrilldown = async (ctx: TServerContext, params: TDrilldownParams): Promise<TDrilldown> => {
  const { now } = ctx;
  const parsed = parseRange(params, now);
  const { range } = parsed;
  const merchant = await db.merchant.findUnique({
    where: { id: ctx.merchantId },
    select: { activeEnvironment: true },
  });
  const scope: TDrillScope = { environment: merchant?.activeEnvironment ?? "TEST" };
  const kind = FIGURE_KIND[params.figure];
  const currency = kind === "money" ? readCurrency(params.currency) : null;
  const reason = readReason(params.reason);
  const end = levelInstants(range, now).at(-1) ?? now;
  const start = range.from < now ? range.from : now;
  const today = toDateOnly(now);
  let at: Date | null = null;
  const rows = merchant
    ? await (async () => {
        switch (params.figure) {
          case "mrr":
            return drilldownMrr(ctx, scope, (at = end), currency ?? undefined);
          case "subscribers":
            return drilldownSubscribers(ctx, scope, (at = end));
          case "active-at-start":
            return drilldownActiveAt(ctx, scope, (at = start));
          case "new":
            return drilldownStarted(ctx, scope, range.from, range.to);
          case "churned-voluntary":
            return drilldownChurned(ctx, scope, range.from, range.to, "voluntary");
          case "churned-failed-payment":
            return drilldownChurned(ctx, scope, range.from, range.to, "failedPayment");
          case "charges-succeeded":
            return drilldownCharges(ctx, scope, range.from, range.to, "succeeded");
          case "charges-failed":
            return drilldownCharges(ctx, scope, range.from, range.to, "failed");
          case "recovered":
            return drilldownRecovered(ctx, scope, range.from, range.to, currency ?? undefined);
          case "refunds":
            return drilldownRefunds(ctx, scope, range.from, range.to, currency ?? undefined);
          case "upcoming":
            return drilldownUpcoming(ctx, scope, UPCOMING_DAYS, currency ?? undefined);
          case "stops":
            return drilldownStops(ctx, scope, range.from, range.to, "stopped", reason);
          case "kept-by-offer":
            return drilldownStops(ctx, scope, range.from, range.to, "kept", reason);
        }
      })()
    : [];
  const totals: Record<string, number> = {};
  if (kind === "money")
    for (const r of rows) if (r.currency) totals[r.currency] = (totals[r.currency] ?? 0) + (r.amount ?? 0);
  return {
    figure: params.figure,
    kind,
    environment: scope.environment,
    range: {
      preset: range.preset,
      from: day(range.from),
      to: day(addDays(range.to, -1)),
      bucket: range.bucket,
    },
    rangeErrors: parsed.ok ? null : parsed.errors,
    currency,
    reason: params.figure === "stops" || params.figure === "kept-by-offer" ? reason : null,
    at: at ? (at as Date).toISOString() : null,
    through: params.figure === "upcoming" ? day(addDays(today, UPCOMING_DAYS)) : null,
    rows,
    count: rows.length,
    totals,
  };
};
