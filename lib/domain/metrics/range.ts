// The dashboard's time range: a preset or two dates, cut into day, week or month buckets (UTC).
// `to` is exclusive: the day after the last day shown.
import { addDays, toDateOnly } from "../periods";

export const RANGE_PRESETS = ["7d", "30d", "90d", "12m", "custom"] as const;
export type TRangePreset = (typeof RANGE_PRESETS)[number];
export type TBucket = "day" | "week" | "month";
export type TRange = { preset: TRangePreset; from: Date; to: Date; bucket: TBucket };
export type TRangeResult =
  { ok: true; range: TRange } | { ok: false; errors: Record<string, string>; range: TRange };

const MAX_DAYS = 3 * 366;

function parseDay(raw: string | undefined): Date | null {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  const date = new Date(`${raw}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw ? null : date;
}

export function presetRange(preset: Exclude<TRangePreset, "custom">, today: Date): TRange {
  const day = toDateOnly(today);
  const to = addDays(day, 1);
  // Twelve calendar months, the current one only up to today: a range never runs into the future.
  if (preset === "12m")
    return {
      preset,
      from: new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - 11, 1)),
      to,
      bucket: "month",
    };
  const days = { "7d": 7, "30d": 30, "90d": 90 }[preset];
  return { preset, from: addDays(day, -(days - 1)), to, bucket: preset === "90d" ? "week" : "day" };
}

/** Reads ?range=30d or ?range=custom&from=YYYY-MM-DD&to=YYYY-MM-DD; a bad custom range falls back to 30 days with a message. */
export function parseRange(
  params: { range?: string; from?: string; to?: string },
  today: Date,
): TRangeResult {
  const preset = (RANGE_PRESETS as readonly string[]).includes(params.range ?? "")
    ? (params.range as TRangePreset)
    : "30d";
  if (preset !== "custom") return { ok: true, range: presetRange(preset, today) };
  const errors: Record<string, string> = {};
  const from = parseDay(params.from);
  const last = parseDay(params.to);
  if (!from) errors.from = "Enter a start date (YYYY-MM-DD).";
  if (!last) errors.to = "Enter an end date (YYYY-MM-DD).";
  if (from && last && last < from) errors.to = "The end date must be on or after the start date.";
  else if (last && last > toDateOnly(today)) errors.to = "The end date cannot be after today.";
  if (from && last && last >= from && (last.getTime() - from.getTime()) / 86_400_000 + 1 > MAX_DAYS)
    errors.to = "Choose at most three years.";
  if (Object.keys(errors).length || !from || !last)
    return { ok: false, errors, range: presetRange("30d", today) };
  const days = (last.getTime() - from.getTime()) / 86_400_000 + 1;
  return {
    ok: true,
    range: {
      preset,
      from,
      to: addDays(last, 1),
      bucket: days <= 62 ? "day" : days <= 200 ? "week" : "month",
    },
  };
}

/** The start of each bucket; a bucket ends where the next starts (the last one at range.to). */
export function bucketStarts(range: TRange): Date[] {
  const starts: Date[] = [];
  let at = range.from;
  while (at < range.to) {
    starts.push(at);
    if (range.bucket === "day") at = addDays(at, 1);
    else if (range.bucket === "week") at = addDays(at, 7);
    else at = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  }
  return starts;
}

/** The moments levels (MRR, subscribers) are read at: each bucket's end, but never after now. */
export function levelInstants(range: TRange, now: Date): Date[] {
  const starts = bucketStarts(range);
  return starts.map((_, i) => {
    const end = starts[i + 1] ?? range.to;
    return end > now ? now : end;
  });
}
