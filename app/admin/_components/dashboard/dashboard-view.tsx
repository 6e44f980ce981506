import { Badge } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import type { TDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { BarsChart, LinesChart } from "./charts";
import { bucketLabel, moneyList, percent } from "@/components/admin/dashboard/format";
import { Kpi } from "./kpi";
import { RangePicker } from "./range-picker";
import { SeriesTable } from "./series-table";
import { StopReasonsPanel } from "./stop-reasons-panel";

/** The business dashboard: headline figures, charts, and the numbers behind them. */
export function DashboardView({
  dashboard,
  query,
  csvHref,
}: {
  dashboard: TDashboard;
  query: { from?: string; to?: string };
  csvHref: string;
}) {
  const { totals, range, currencies } = dashboard;
  const label = (start: string) => bucketLabel(start, range.bucket);
  const mrrData = dashboard.buckets.map((b) => ({
    label: label(b.start),
    ...Object.fromEntries(currencies.map((c) => [c, (b.mrr[c] ?? 0) / 100])),
  }));
  const movement = dashboard.buckets.map((b) => ({
    label: label(b.start),
    started: b.started,
    voluntary: b.churnedVoluntary,
    failedPayment: b.churnedFailedPayment,
    subscribers: b.subscribers,
  }));
  const payments = dashboard.buckets.map((b) => ({
    label: label(b.start),
    succeeded: b.succeeded,
    failed: b.failed,
  }));
  const money100 = (pick: (b: TDashboard["buckets"][number]) => Record<string, number>) =>
    dashboard.buckets.map((b) => ({
      label: label(b.start),
      ...Object.fromEntries(currencies.map((c) => [c, (pick(b)[c] ?? 0) / 100])),
    }));
  const upcomingByDay = new Map(dashboard.upcoming.days.map((d) => [d.day, d.amounts]));
  const upcoming = upcomingDays(dashboard.upcoming.through).map((day) => ({
    label: bucketLabel(day, "day"),
    ...Object.fromEntries(currencies.map((c) => [c, (upcomingByDay.get(day)?.[c] ?? 0) / 100])),
  }));
  const perCurrency = currencies.map((c) => ({ key: c, name: c }));
  const decided = totals.succeeded + totals.failed;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">Business dashboard</h1>
          <Badge tone={dashboard.environment === "PRODUCTION" ? "green" : "blue"}>
            {dashboard.environment === "PRODUCTION" ? "Production" : "Test environment"}
          </Badge>
        </div>
        <a
          href={csvHref}
          className="inline-flex min-h-11 items-center rounded-lg border border-neutral-300 bg-white px-4 text-sm font-medium hover:bg-neutral-100"
          download
        >
          Download CSV
        </a>
      </div>
      <RangePicker range={range} errors={dashboard.rangeErrors} query={query} />
      {dashboard.rangeErrors ? (
        <Alert tone="error">That range cannot be shown; showing the last 30 days instead.</Alert>
      ) : null}
      <p className="text-sm text-neutral-700">
        {range.from} to {range.to}, by {range.bucket}. MRR is each active subscription&apos;s current price
        per month (campaign price while it lasts), per currency.
      </p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Kpi
          label="MRR"
          value={currencies.length ? moneyList(totals.mrr) : "none"}
          detail="Monthly recurring revenue at the end of the range"
        />
        <Kpi
          label="Active subscribers"
          value={totals.subscribers}
          detail={`${totals.started} new in the range`}
        />
        <Kpi
          label="Churn"
          value={percent(totals.churnRate)}
          detail={`${totals.churnedVoluntary} voluntary, ${totals.churnedFailedPayment} after failed payments (of ${totals.activeAtStart} at the start + ${totals.started} new)`}
        />
        <Kpi
          label="Failed-payment rate"
          value={percent(totals.failedRate)}
          detail={`${totals.failed} failed of ${decided} charges due`}
        />
        <Kpi
          label="Recovered"
          value={moneyList(totals.recovered)}
          detail={`${totals.recoveredCount} ${totals.recoveredCount === 1 ? "charge" : "charges"} paid on a retry`}
        />
        <Kpi label="Refunds" value={moneyList(totals.refunded)} detail={`${totals.refunds} refunds`} />
        <Kpi
          label="Upcoming charges"
          value={moneyList(dashboard.upcoming.totals)}
          detail={`${dashboard.upcoming.count} charges through ${dashboard.upcoming.through}`}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <LinesChart title="MRR per currency" data={mrrData} series={perCurrency} />
        <LinesChart
          title="Active subscribers"
          data={movement}
          series={[{ key: "subscribers", name: "Subscribers" }]}
        />
        <BarsChart
          title="New and churned subscriptions"
          data={movement}
          stacked
          series={[
            { key: "started", name: "New", stack: "new" },
            { key: "voluntary", name: "Churned (voluntary)", stack: "churn" },
            { key: "failedPayment", name: "Churned (failed payment)", stack: "churn" },
          ]}
        />
        <BarsChart
          title="Charges due: succeeded and failed"
          data={payments}
          stacked
          series={[
            { key: "succeeded", name: "Succeeded" },
            { key: "failed", name: "Failed" },
          ]}
        />
        <BarsChart title="Recovered after retries" data={money100((b) => b.recovered)} series={perCurrency} />
        <BarsChart title="Refunds" data={money100((b) => b.refunded)} series={perCurrency} />
        <BarsChart title="Upcoming charges, next 30 days" data={upcoming} series={perCurrency} />
      </div>
      <StopReasonsPanel rows={dashboard.stopReasons} />
      <SeriesTable dashboard={dashboard} />
    </div>
  );
}

/** Every day from today through the last day of the upcoming window, so the chart has a time axis. */
function upcomingDays(through: string): string[] {
  const last = new Date(`${through}T00:00:00Z`).getTime();
  return Array.from({ length: 31 }, (_, i) =>
    new Date(last - (30 - i) * 86_400_000).toISOString().slice(0, 10),
  );
}
