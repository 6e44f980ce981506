// Every figure on the dashboard: its glossary entry, and the list of subscriptions, customers or
// charges behind it (the drill-down). The glossary's words are in the i18n messages
// (dashboardGlossary.entries), its pseudo-SQL in glossary-sql.ts.

/** Figures that have a list behind them; each is a URL segment of /admin/dashboard/<figure>. */
export const DRILLDOWN_FIGURES = [
  "mrr",
  "subscribers",
  "active-at-start",
  "new",
  "churned-voluntary",
  "churned-failed-payment",
  "charges-succeeded",
  "charges-failed",
  "recovered",
  "refunds",
  "upcoming",
  "stops",
  "kept-by-offer",
] as const;
export type TDrilldownFigure = (typeof DRILLDOWN_FIGURES)[number];

/** Glossary entries: the figures with a list, and the rates computed from them. */
export const GLOSSARY_ENTRIES = [
  "mrr",
  "subscribers",
  "new",
  "active-at-start",
  "churned-voluntary",
  "churned-failed-payment",
  "churn-rate",
  "charges-succeeded",
  "charges-failed",
  "failed-payment-rate",
  "recovered",
  "refunds",
  "upcoming",
  "stops",
  "kept-by-offer",
] as const;
export type TGlossaryEntry = (typeof GLOSSARY_ENTRIES)[number];

/** What a drill-down lists: money figures add up per currency, the others count rows. */
export const FIGURE_KIND: Record<TDrilldownFigure, "money" | "count"> = {
  mrr: "money",
  subscribers: "count",
  "active-at-start": "count",
  new: "count",
  "churned-voluntary": "count",
  "churned-failed-payment": "count",
  "charges-succeeded": "count",
  "charges-failed": "count",
  recovered: "money",
  refunds: "money",
  upcoming: "money",
  stops: "count",
  "kept-by-offer": "count",
};

export function isDrilldownFigure(value: unknown): value is TDrilldownFigure {
  return typeof value === "string" && (DRILLDOWN_FIGURES as readonly string[]).includes(value);
}

/** The glossary entry's anchor id on /admin/dashboard/glossary. */
export const glossaryHref = (entry: TGlossaryEntry) => `/admin/dashboard/glossary#${entry}`;

/** A figure's list, for the same range (and currency, for money) as the dashboard shows it. */
export function drilldownHref(
  figure: TDrilldownFigure,
  query: { range?: string; from?: string; to?: string; currency?: string; reason?: string },
): string {
  const params = new URLSearchParams();
  if (query.range) params.set("range", query.range);
  if (query.range === "custom" || !query.range) {
    if (query.from) params.set("from", query.from);
    if (query.to) params.set("to", query.to);
  }
  if (FIGURE_KIND[figure] === "money" && query.currency) params.set("currency", query.currency);
  if ((figure === "stops" || figure === "kept-by-offer") && query.reason) params.set("reason", query.reason);
  const search = params.toString();
  return `/admin/dashboard/${figure}${search ? `?${search}` : ""}`;
}
