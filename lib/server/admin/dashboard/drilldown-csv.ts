import "server-only";
import { drilldownColumns, textCell } from "@/lib/domain/metrics/drilldown-columns";
import { translator } from "@/lib/i18n/translator";
import { recordsToCsv } from "@/lib/domain/csv";
import type { TServerContext } from "@/lib/server/context/server-context";
import { getDrilldown, type TDrilldownParams } from "./get-drilldown";

/**
 * The rows behind a figure as CSV, every one of them: the page's columns with dates as
 * YYYY-MM-DD (UTC), amounts as plain decimals, and the currency in a column of its own. The
 * headings are in the reader's language (ctx.locale).
 */
export const drilldownCsv = async (
  ctx: TServerContext,
  params: TDrilldownParams,
): Promise<{ filename: string; body: string }> => {
  const list = await getDrilldown(ctx, params);
  const t = translator(ctx.locale);
  const m = t.m.dashboard.drilldown;
  const columns: { key: string; label: string }[] = drilldownColumns(list.figure, m);
  const withMoney = columns.some((c) => c.key === "amount");
  if (withMoney) columns.push({ key: "currency", label: m.columns.currency });
  const rows = list.rows.map((row) =>
    Object.fromEntries(
      columns.map((c) => {
        if (c.key === "date") return [c.key, row.date ? row.date.toISOString().slice(0, 10) : ""];
        if (c.key === "amount") return [c.key, row.amount === null ? "" : (row.amount / 100).toFixed(2)];
        if (c.key === "currency") return [c.key, row.currency ?? ""];
        return [c.key, textCell(row, c.key as Parameters<typeof textCell>[1], m)];
      }),
    ),
  );
  const suffix = list.through ? `to-${list.through}` : `${list.range.from}-to-${list.range.to}`;
  return {
    filename: `abo-${list.figure}${list.currency ? `-${list.currency}` : ""}${list.reason ? `-${list.reason}` : ""}-${suffix}.csv`,
    body: recordsToCsv(columns, rows),
  };
};
