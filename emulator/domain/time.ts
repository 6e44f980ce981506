import type { Period } from "./types";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Hour (UTC) of the daily charge batch: one attempt per charge per day, as in the 2023 guide's ~07:00 run. */
export const BATCH_HOUR_UTC = 7;

/** Days since the epoch (UTC). */
export const dayNumber = (ms: number): number => Math.floor(ms / DAY_MS);

export const batchTimeOfDay = (day: number): number => day * DAY_MS + BATCH_HOUR_UTC * HOUR_MS;

export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const isoDateTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** Parses `YYYY-MM-DD` (a real calendar date) to midnight UTC, or null. */
export function parseIsoDate(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms;
}

/**
 * Parses an ISO 8601 date-time with an explicit zone. The 2023 spec's own examples write dates as
 * `2022/02/28T00:00:00Z`, so slashes in the date part are tolerated.
 */
export function parseDateTime(value: string): number | null {
  const normalized = value.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, "$1-$2-$3");
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(normalized)) return null;
  const ms = Date.parse(normalized);
  return Number.isNaN(ms) ? null : ms;
}

function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  const target = new Date(
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() + months,
      1,
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      d.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.getTime();
}

export function addPeriod(ms: number, period: Period, times = 1): number {
  switch (period.unit) {
    case "DAY":
      return ms + period.count * times * DAY_MS;
    case "WEEK":
      return ms + period.count * times * 7 * DAY_MS;
    case "MONTH":
      return addMonths(ms, period.count * times);
    case "YEAR":
      return addMonths(ms, period.count * times * 12);
  }
}

/** Which interval period (0 = the one starting at `anchor`) the instant `ms` falls in. */
export function periodIndex(anchor: number, ms: number, period: Period): number {
  if (period.unit === "DAY" || period.unit === "WEEK") {
    const length = (period.unit === "DAY" ? 1 : 7) * period.count * DAY_MS;
    return Math.floor((dayNumber(ms) - dayNumber(anchor)) / (length / DAY_MS));
  }
  const months = period.count * (period.unit === "YEAR" ? 12 : 1);
  const a = new Date(anchor);
  const b = new Date(ms);
  let diff = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) diff -= 1;
  return Math.floor(diff / months);
}

export type ClockDelta = { days?: number; hours?: number; minutes?: number; seconds?: number };

export const deltaMs = (d: ClockDelta): number =>
  (d.days ?? 0) * DAY_MS + (d.hours ?? 0) * HOUR_MS + (d.minutes ?? 0) * MINUTE_MS + (d.seconds ?? 0) * 1000;
