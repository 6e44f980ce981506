import Link from "next/link";
import { Fragment } from "react";
import { Badge } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import { drilldownHref, glossaryHref, type TDrilldownFigure } from "@/lib/domain/metrics/figures";
import type { TDashboardMessages } from "@/lib/i18n/messages/dashboard/types";
import type { TDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { BarsChart, LinesChart } from "./charts";
import { CurrencyNav } from "./currency-nav";
import { bucketLabel, money, percent } from "@/components/admin/dashboard/format";
import { FigureLink, Kpi } from "./kpi";
import { RangePicker } from "./range-picker";
import { SeriesTable } from "./series-table";
import { StopReasonsPanel } from "./stop-reasons-panel";

type TQuery = { range?: string; from?: string; to?: string };

/**
 * The business dashboard: headline figures, charts, and the numbers behind them. Every number
 * leads to the rows behind it, every label to its formula; charts of money show one currency.
 */
export function DashboardView({
  dashboard,
  query,
  currency,
  csvHref,
  m,
}: {
  dashboard: TDashboard;
  query: TQuery;
  /** The currency the money charts show (one of dashboard.currencies), or null when there is none. */
  currency: string | null;
  csvHref: string;
  m: TDashboardMessages;
}) {
  const { totals, range, currencies } = dashboard;
  const label = (start: string) => bucketLabel(start, range.bucket);
  const to = (figure: TDrilldownFigure, c?: string) => drilldownHref(figure, { ...query, currency: c });
  // Each currency's amount, leading to that currency's rows (money is never added across currencies).
  const moneyLinks = (figure: TDrilldownFigure, amounts: Record<string, number>) => {
    const entries = Object.entries(amounts).filter(([, v]) => v !== 0);
    if (!entries.length) return "none";
    return entries.map(([c, amount], i) => (
      <Fragment key={c}>
        {i ? " · " : null}
        <FigureLink href={to(figure, c)}>{money(amount, c)}</FigureLink>
      </Fragment>
    ));
  };
  const count = (figure: TDrilldownFigure, n: number) => <FigureLink href={to(figure)}>{n}</FigureLink>;
  const oneCurrency = (pick: (b: TDashboard["buckets"][number]) => Record<string, number>) =>
    dashboard.buckets.map((b) => ({
      label: label(b.start),
      ...(currency ? { [currency]: (pick(b)[currency] ?? 0) / 100 } : {}),
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
  const upcomingByDay = new Map(dashboard.upcoming.days.map((d) => [d.day, d.amounts]));
  const upcoming = upcomingDays(dashboard.upcoming.through).map((day) => ({
    label: bucketLabel(day, "day"),
    ...(currency ? { [currency]: (upcomingByDay.get(day)?.[currency] ?? 0) / 100 } : {}),
  }));
  const series = currency ? [{ key: currency, name: currency }] : [];
  // The currency in the title: the axis is in that currency only.
  const inCurrency = (chart: string) => (currency ? `${chart} (${currency})` : chart);
  const currencyHref = (c: string) => {
    const params = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])),
    );
    params.set("currency", c);
    return `/admin?${params}`;
  };
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
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/admin/dashboard/glossary" className="inline-block py-2 text-sm underline">
            {m.view.glossaryLink}
          </Link>
          <a
            href={csvHref}
            className="inline-flex min-h-11 items-center rounded-lg border border-neutral-300 bg-white px-4 text-sm font-medium hover:bg-neutral-100"
            download
          >
            Download CSV
          </a>
        </div>
      </div>
      <RangePicker range={range} errors={dashboard.rangeErrors} query={query} currency={currency} />
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
          glossary={glossaryHref("mrr")}
          value={currencies.length ? moneyLinks("mrr", totals.mrr) : "none"}
          detail="Monthly recurring revenue at the end of the range"
        />
        <Kpi
          label="Active subscribers"
          glossary={glossaryHref("subscribers")}
          value={count("subscribers", totals.subscribers)}
          detail={<>{count("new", totals.started)} new in the range</>}
        />
        <Kpi
          label="Churn"
          glossary={glossaryHref("churn-rate")}
          value={percent(totals.churnRate)}
          detail={
            <>
              {count("churned-voluntary", totals.churnedVoluntary)} voluntary,{" "}
              {count("churned-failed-payment", totals.churnedFailedPayment)} after failed payments (of{" "}
              {count("active-at-start", totals.activeAtStart)} at the start + {count("new", totals.started)}{" "}
              new)
            </>
          }
        />
        <Kpi
          label="Failed-payment rate"
          glossary={glossaryHref("failed-payment-rate")}
          value={percent(totals.failedRate)}
          detail={
            <>
              {count("charges-failed", totals.failed)} failed of {decided} charges due (
              {count("charges-succeeded", totals.succeeded)} succeeded)
            </>
          }
        />
        <Kpi
          label="Recovered"
          glossary={glossaryHref("recovered")}
          value={moneyLinks("recovered", totals.recovered)}
          detail={
            <>
              {count("recovered", totals.recoveredCount)} {totals.recoveredCount === 1 ? "charge" : "charges"}{" "}
              paid on a retry
            </>
          }
        />
        <Kpi
          label="Refunds"
          glossary={glossaryHref("refunds")}
          value={moneyLinks("refunds", totals.refunded)}
          detail={<>{count("refunds", totals.refunds)} refunds</>}
        />
        <Kpi
          label="Upcoming charges"
          glossary={glossaryHref("upcoming")}
          value={moneyLinks("upcoming", dashboard.upcoming.totals)}
          detail={
            <>
              {count("upcoming", dashboard.upcoming.count)} charges through {dashboard.upcoming.through}
            </>
          }
        />
      </div>
      {currencies.length > 1 ? (
        <div className="flex flex-col gap-1">
          <CurrencyNav
            label={m.view.currency}
            current={currency}
            options={currencies.map((c) => ({ value: c, label: c, href: currencyHref(c) }))}
          />
          <p className="text-sm text-neutral-700">{m.view.currencyHint}</p>
        </div>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <LinesChart title={inCurrency("MRR")} data={oneCurrency((b) => b.mrr)} series={series} />
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
        <BarsChart
          title={inCurrency("Recovered after retries")}
          data={oneCurrency((b) => b.recovered)}
          series={series}
        />
        <BarsChart title={inCurrency("Refunds")} data={oneCurrency((b) => b.refunded)} series={series} />
        <BarsChart title={inCurrency("Upcoming charges, next 30 days")} data={upcoming} series={series} />
      </div>
      <StopReasonsPanel rows={dashboard.stopReasons} query={query} />
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
