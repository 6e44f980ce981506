import Link from "next/link";
import { Fragment } from "react";
import { Badge } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import { drilldownHref, glossaryHref, type TDrilldownFigure } from "@/lib/domain/metrics/figures";
import type { TTranslator } from "@/lib/i18n/translator";
import type { TDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { BarsChart, LinesChart } from "./charts";
import { CurrencyNav } from "./currency-nav";
import { bucketLabel, money, percent } from "@/components/admin/dashboard/format";
import { fillMessage } from "@/components/admin/fill-message";
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
  t,
}: {
  dashboard: TDashboard;
  query: TQuery;
  /** The currency the money charts show (one of dashboard.currencies), or null when there is none. */
  currency: string | null;
  csvHref: string;
  t: TTranslator;
}) {
  const m = t.m.dashboard;
  const { totals, range, currencies } = dashboard;
  const label = (start: string) => bucketLabel(start, range.bucket, t.intl);
  const to = (figure: TDrilldownFigure, c?: string) => drilldownHref(figure, { ...query, currency: c });
  // Each currency's amount, leading to that currency's rows (money is never added across currencies).
  const moneyLinks = (figure: TDrilldownFigure, amounts: Record<string, number>) => {
    const entries = Object.entries(amounts).filter(([, v]) => v !== 0);
    if (!entries.length) return m.view.none;
    return entries.map(([c, amount], i) => (
      <Fragment key={c}>
        {i ? " · " : null}
        <FigureLink href={to(figure, c)}>{money(amount, c, t.intl)}</FigureLink>
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
    label: bucketLabel(day, "day", t.intl),
    ...(currency ? { [currency]: (upcomingByDay.get(day)?.[currency] ?? 0) / 100 } : {}),
  }));
  const series = currency ? [{ key: currency, name: currency }] : [];
  // The currency in the title: the axis is in that currency only.
  const inCurrency = (chart: string) =>
    currency ? t.format(m.charts.inCurrency, { chart, currency }) : chart;
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
          <h1 className="text-2xl font-semibold">{m.view.heading}</h1>
          <Badge tone={dashboard.environment === "PRODUCTION" ? "green" : "blue"}>
            {dashboard.environment === "PRODUCTION" ? m.view.production : m.view.testEnvironment}
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
            {m.view.downloadCsv}
          </a>
        </div>
      </div>
      <RangePicker
        range={range}
        errors={dashboard.rangeErrors}
        query={query}
        currency={currency}
        m={m.rangePicker}
      />
      {dashboard.rangeErrors ? <Alert tone="error">{m.view.rangeError}</Alert> : null}
      <p className="text-sm text-neutral-700">
        {t.format(m.view.summary, {
          from: t.date(range.from),
          to: t.date(range.to),
          bucket: m.view.buckets[range.bucket],
        })}
      </p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Kpi
          label={m.kpi.mrr}
          glossary={glossaryHref("mrr")}
          value={currencies.length ? moneyLinks("mrr", totals.mrr) : m.view.none}
          detail={m.kpi.mrrDetail}
        />
        <Kpi
          label={m.kpi.subscribers}
          glossary={glossaryHref("subscribers")}
          value={count("subscribers", totals.subscribers)}
          detail={fillMessage(m.kpi.newInRange, { count: count("new", totals.started) })}
        />
        <Kpi
          label={m.kpi.churn}
          glossary={glossaryHref("churn-rate")}
          value={percent(totals.churnRate, t.intl)}
          detail={fillMessage(m.kpi.churnDetail, {
            voluntary: count("churned-voluntary", totals.churnedVoluntary),
            failed: count("churned-failed-payment", totals.churnedFailedPayment),
            atStart: count("active-at-start", totals.activeAtStart),
            new: count("new", totals.started),
          })}
        />
        <Kpi
          label={m.kpi.failedRate}
          glossary={glossaryHref("failed-payment-rate")}
          value={percent(totals.failedRate, t.intl)}
          detail={fillMessage(m.kpi.failedRateDetail, {
            failed: count("charges-failed", totals.failed),
            decided,
            succeeded: count("charges-succeeded", totals.succeeded),
          })}
        />
        <Kpi
          label={m.kpi.recovered}
          glossary={glossaryHref("recovered")}
          value={moneyLinks("recovered", totals.recovered)}
          detail={fillMessage(
            totals.recoveredCount === 1 ? m.kpi.recoveredDetail_one : m.kpi.recoveredDetail_other,
            { count: count("recovered", totals.recoveredCount) },
          )}
        />
        <Kpi
          label={m.kpi.refunds}
          glossary={glossaryHref("refunds")}
          value={moneyLinks("refunds", totals.refunded)}
          detail={fillMessage(totals.refunds === 1 ? m.kpi.refundsDetail_one : m.kpi.refundsDetail_other, {
            count: count("refunds", totals.refunds),
          })}
        />
        <Kpi
          label={m.kpi.upcoming}
          glossary={glossaryHref("upcoming")}
          value={moneyLinks("upcoming", dashboard.upcoming.totals)}
          detail={fillMessage(
            dashboard.upcoming.count === 1 ? m.kpi.upcomingDetail_one : m.kpi.upcomingDetail_other,
            {
              count: count("upcoming", dashboard.upcoming.count),
              through: t.date(dashboard.upcoming.through),
            },
          )}
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
        <LinesChart title={inCurrency(m.charts.mrr)} data={oneCurrency((b) => b.mrr)} series={series} />
        <LinesChart
          title={m.charts.subscribers}
          data={movement}
          series={[{ key: "subscribers", name: m.series.subscribers }]}
        />
        <BarsChart
          title={m.charts.movement}
          data={movement}
          stacked
          series={[
            { key: "started", name: m.series.new, stack: "new" },
            { key: "voluntary", name: m.series.churnedVoluntary, stack: "churn" },
            { key: "failedPayment", name: m.series.churnedFailed, stack: "churn" },
          ]}
        />
        <BarsChart
          title={m.charts.payments}
          data={payments}
          stacked
          series={[
            { key: "succeeded", name: m.series.succeeded },
            { key: "failed", name: m.series.failed },
          ]}
        />
        <BarsChart
          title={inCurrency(m.charts.recovered)}
          data={oneCurrency((b) => b.recovered)}
          series={series}
        />
        <BarsChart
          title={inCurrency(m.charts.refunds)}
          data={oneCurrency((b) => b.refunded)}
          series={series}
        />
        <BarsChart title={inCurrency(m.charts.upcoming)} data={upcoming} series={series} />
      </div>
      <StopReasonsPanel rows={dashboard.stopReasons} query={query} m={m} />
      <SeriesTable dashboard={dashboard} t={t} />
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
