// Display formats of the support console: times in UTC (so agents and Vipps agree), money as the
// rest of Abo writes it ("1 490,50 kr"), the same words Abo's own error messages use.
import { formatMoney } from "@/lib/domain/money";
import { isoDay } from "@/lib/domain/periods";

export const day = (d: Date | string | null | undefined) => isoDay(d) ?? "–";
export const time = (d: Date | string | null | undefined) =>
  d ? `${new Date(d).toISOString().slice(0, 19).replace("T", " ")} UTC` : "–";
export const money = (minor: number | null | undefined, currency: string) =>
  minor === null || minor === undefined ? "–" : formatMoney(minor, currency);
export const interval = (unit: string | null, count: number | null) =>
  unit && count
    ? `every ${count === 1 ? "" : `${count} `}${unit.toLowerCase()}${count === 1 ? "" : "s"}`
    : "flexible (pay per use)";
