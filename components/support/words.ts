// Support text that depends on a code or a count: statuses inside sentences and billing intervals,
// in the staff member's language (an unknown code still shows, in plain lower case).
import type { TTranslator } from "@/lib/i18n/translator";
import { interval } from "./format";

const lowerCode = (code: string) => code.toLowerCase().replace(/_/g, " ");

/** "PARTIALLY_CAPTURED" → "partially captured", for "this one is …". */
export const chargeStatusInText = (t: TTranslator, status: string): string =>
  (t.m.support.statusInText.charge as Record<string, string>)[status] ?? lowerCode(status);

export const agreementStatusInText = (t: TTranslator, status: string): string =>
  (t.m.support.statusInText.agreement as Record<string, string>)[status] ?? lowerCode(status);

/** "every month", "every 3 weeks", or flexible when the agreement has no interval. */
export function intervalText(t: TTranslator, unit: string | null, count: number | null): string {
  const words = t.m.support.interval as Record<string, string>;
  if (!unit || !count) return words.flexible!;
  const message = words[`${unit}_${count === 1 ? "one" : "other"}`];
  return message ? t.format(message, { count }) : interval(unit, count);
}
