import "server-only";
import { toCsv } from "@/lib/domain/csv";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getDashboard } from "./get-dashboard";

const major = (minor: number | undefined) => Number(((minor ?? 0) / 100).toFixed(2));

/** The context merchant's dashboard per bucket: money in whole units with two decimals, one column per currency. */
export const dashboardCsv = async (
  ctx: TServerContext,
  params: { range?: string; from?: string; to?: string },
): Promise<{ filename: string; body: string }> => {
  const dashboard = await getDashboard(ctx, params);
  const { currencies } = dashboard;
  const header = [
    "period_start",
    ...currencies.map((c) => `mrr_${c}`),
    "active_subscribers",
    "new",
    "churned_voluntary",
    "churned_failed_payment",
    "charges_succeeded",
    "charges_failed",
    "failed_payment_rate",
    ...currencies.map((c) => `recovered_${c}`),
    ...currencies.map((c) => `refunded_${c}`),
  ];
  const rows = dashboard.buckets.map((b) => {
    const decided = b.succeeded + b.failed;
    return [
      b.start,
      ...currencies.map((c) => major(b.mrr[c])),
      b.subscribers,
      b.started,
      b.churnedVoluntary,
      b.churnedFailedPayment,
      b.succeeded,
      b.failed,
      decided ? Number((b.failed / decided).toFixed(4)) : null,
      ...currencies.map((c) => major(b.recovered[c])),
      ...currencies.map((c) => major(b.refunded[c])),
    ];
  });
  return {
    filename: `abo-dashboard-${dashboard.range.from}-to-${dashboard.range.to}.csv`,
    body: toCsv(header, rows),
  };
};
