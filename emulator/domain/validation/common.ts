import { parseDateTime } from "../time";
import type { Period, PeriodUnit } from "../types";
import { child, int, oneOf, str, type FieldError, type Json } from "./fields";

export const PERIOD_UNITS: readonly PeriodUnit[] = ["YEAR", "MONTH", "WEEK", "DAY"];
export const ORDER_ID = /^[A-Za-z0-9-]{1,50}$/;
export const ORDER_ID_REASON = "must be 1-50 characters of a-z, A-Z, 0-9 and '-'";
export const MSISDN = /^[0-9]{8,15}$/;
export const MSISDN_REASON = "must be an MSISDN: 8-15 digits with country code, no '+'";

export function period(
  errs: FieldError[],
  obj: Json,
  key: string,
  prefix: string,
  required: boolean,
): Period | undefined {
  const p = child(errs, obj, key, prefix, { required });
  if (!p) return undefined;
  const name = prefix ? `${prefix}.${key}` : key;
  const unit = oneOf(errs, p, "unit", name, PERIOD_UNITS, { required: true });
  const count = int(errs, p, "count", name, { required: true, min: 1, max: 31 });
  return unit && count !== undefined ? { unit, count } : undefined;
}

export function dateTime(
  errs: FieldError[],
  obj: Json,
  key: string,
  prefix: string,
  required: boolean,
): number | undefined {
  const raw = str(errs, obj, key, prefix, { required });
  if (raw === undefined) return undefined;
  const ms = parseDateTime(raw);
  if (ms === null)
    errs.push({
      name: prefix ? `${prefix}.${key}` : key,
      reason: "must be an ISO 8601 date-time in UTC, e.g. 2030-01-31T00:00:00Z",
    });
  return ms ?? undefined;
}

const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;

/**
 * https URLs, plus http on localhost (a documented deviation so local apps work). With `deeplink`,
 * any other `scheme://` app link is fine too (merchantRedirectUrl).
 */
export function url(
  errs: FieldError[],
  obj: Json,
  key: string,
  prefix: string,
  opts: { required: boolean; deeplink: boolean; skipCheck?: boolean },
): string | undefined {
  const value = str(errs, obj, key, prefix, { required: opts.required, min: 1, max: 1024 });
  if (value === undefined || opts.skipCheck) return value;
  const ok =
    /^https:\/\/[^\s/?#]+[^\s]*$/i.test(value) ||
    LOCALHOST.test(value) ||
    (opts.deeplink && /^[a-z][a-z0-9+.-]*:\/\/\S*$/i.test(value) && !/^http:/i.test(value));
  if (!ok) {
    const reason = opts.deeplink ? "must be an https URL or an app deeplink" : "must be an https URL";
    errs.push({ name: prefix ? `${prefix}.${key}` : key, reason });
    return undefined;
  }
  return value;
}
