// Ids and dates that arrive in a URL (route segments, search params). Anything else cannot name a
// row or a day, so it is refused before a query: a NUL or a date like 9999-99-99 would otherwise
// reach PostgreSQL or `new Date` and fail there.
import { z } from "zod";
import { storableText } from "./text";

/** One of our ids (cuid), an orderId or a token: letters, digits, "-" and "_". */
export const ZIdParam = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, "Not an id");

/** A calendar date, YYYY-MM-DD, that exists (no 2030-02-30, no 9999-99-99). */
export const ZDateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date like 2030-05-01")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "Enter a date that exists, like 2030-05-01");

/** Free text from a search field: storable, trimmed, at most `max` characters. */
export const ZSearchText = (max: number) => storableText().trim().max(max);

/** A path with a percent-escape that is not UTF-8 (%FF, %C0%AF) names nothing of ours. */
export const hasInvalidPercentEscape = (path: string): boolean => {
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
};
