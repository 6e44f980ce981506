import type { TDashboardMessages } from "@/lib/i18n/messages/dashboard/types";
import type { TDrilldownFigure } from "@/lib/domain/metrics/figures";
import type { TDrillRow } from "@/lib/domain/metrics/drilldown-row";

// The columns of a drill-down list, one set per figure, shared by the page and its CSV. `date`
// and `amount` cells are formatted by the caller (locale dates and money on the page, ISO dates
// and plain decimals with a currency column in the CSV).
export type TDrillColumn = {
  key:
    | "reference"
    | "customer"
    | "product"
    | "status"
    | "subscriptions"
    | "date"
    | "reason"
    | "detail"
    | "amount";
  label: string;
};

type TCols = TDashboardMessages["drilldown"]["columns"];

const DATE_LABEL: Record<TDrilldownFigure, keyof TCols> = {
  mrr: "started",
  subscribers: "started",
  "active-at-start": "started",
  new: "started",
  "churned-voluntary": "ended",
  "churned-failed-payment": "ended",
  "charges-succeeded": "due",
  "charges-failed": "due",
  recovered: "due",
  refunds: "refunded",
  upcoming: "due",
  stops: "decided",
  "kept-by-offer": "decided",
};

const KEYS: Record<TDrilldownFigure, TDrillColumn["key"][]> = {
  mrr: ["reference", "customer", "product", "date", "detail", "amount"],
  subscribers: ["reference", "customer", "product", "subscriptions", "date"],
  "active-at-start": ["reference", "customer", "product", "status", "date"],
  new: ["reference", "customer", "product", "status", "date"],
  "churned-voluntary": ["reference", "customer", "product", "date", "detail"],
  "churned-failed-payment": ["reference", "customer", "product", "date", "detail"],
  "charges-succeeded": ["reference", "customer", "product", "status", "date", "detail", "amount"],
  "charges-failed": ["reference", "customer", "product", "status", "date", "detail", "amount"],
  recovered: ["reference", "customer", "product", "status", "date", "detail", "amount"],
  refunds: ["reference", "customer", "product", "date", "amount"],
  upcoming: ["reference", "customer", "product", "date", "detail", "amount"],
  stops: ["reference", "customer", "product", "date", "reason", "detail"],
  "kept-by-offer": ["reference", "customer", "product", "date", "reason", "detail"],
};

export function drilldownColumns(
  figure: TDrilldownFigure,
  m: TDashboardMessages["drilldown"],
): TDrillColumn[] {
  const label = (key: TDrillColumn["key"]): string => {
    if (key === "date") return m.columns[DATE_LABEL[figure]];
    if (key === "amount") return figure === "mrr" ? m.columns.monthly : m.columns.amount;
    return m.columns[key];
  };
  return KEYS[figure].map((key) => ({ key, label: label(key) }));
}

/** A text cell (not date or amount) in the page's language. */
export function textCell(
  row: TDrillRow,
  key: TDrillColumn["key"],
  m: TDashboardMessages["drilldown"],
): string {
  switch (key) {
    case "reference":
      return row.reference;
    case "customer":
      return row.customer;
    case "product":
      return row.product;
    case "subscriptions":
      return row.note ?? "";
    case "status":
      if (!row.status) return "";
      return (
        ((row.kind === "charge" ? m.chargeStatus : m.agreementStatus) as Record<string, string>)[
          row.status
        ] ?? row.status
      );
    case "reason":
      return row.reason ? ((m.reasons as Record<string, string>)[row.reason] ?? row.reason) : "";
    case "detail":
      return row.note ? ((m.notes as Record<string, string>)[row.note] ?? row.note) : "";
    default:
      return "";
  }
}

/** Where a row's reference leads: the support page of its subscription, customer or charge. */
export function rowHref(row: TDrillRow): string {
  const base = { agreement: "agreements", customer: "customers", charge: "charges" }[row.kind];
  return `/support/${base}/${encodeURIComponent(row.targetId)}`;
}
