// The dashboard's forecast (ForecastCharge, kept by the forecast.refresh job): the billing calendar's
// charges not created yet, computed ahead of time. The calendar reads the moment only through its day
// and the earliest due date Vipps accepts then (periodFate: toDateOnly(now), earliestDue(now)), so rows
// computed at one key are exactly the calendar's answer at any moment with the same key.
import { earliestDue } from "../billing-calendar";
import { toDateOnly } from "../periods";
import { UPCOMING_DAYS } from "./upcoming";

/** How far ahead the forecast reaches: the dashboard's window. */
export const FORECAST_DAYS = UPCOMING_DAYS;

export type TForecastKey = { day: Date; earliest: Date };

/** What the calendar's answer at `now` depends on: it moves at midnight UTC and at 21:00 UTC. */
export function forecastKeyAt(now: Date): TForecastKey {
  return { day: toDateOnly(now), earliest: earliestDue(now) };
}
