import type { TLocale } from "./locales";
import { INTL_LOCALE } from "./locales";
import { da } from "./messages/da";
import { en, type TMessages } from "./messages/en";
import { fi } from "./messages/fi";
import { nb } from "./messages/nb";

export const MESSAGES: Record<TLocale, TMessages> = { nb, da, fi, en };

/** Fills {placeholders} in a message. */
export function format(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

// Building an Intl formatter costs far more than using one (a page formats dozens of dates and
// amounts), so each locale-and-options pair is built once per process.
const DEFAULT_DATE: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeZone: "UTC" };
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(intl: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = options === DEFAULT_DATE ? intl : `${intl} ${JSON.stringify(options)}`;
  let formatter = dateFormats.get(key);
  if (!formatter) dateFormats.set(key, (formatter = new Intl.DateTimeFormat(intl, options)));
  return formatter;
}

function moneyFormat(intl: string, currency: string, fractionDigits: 0 | 2): Intl.NumberFormat {
  const key = `${intl} ${currency} ${fractionDigits}`;
  let formatter = moneyFormats.get(key);
  if (!formatter)
    moneyFormats.set(
      key,
      (formatter = new Intl.NumberFormat(intl, {
        style: "currency",
        currency,
        minimumFractionDigits: fractionDigits,
      })),
    );
  return formatter;
}

/** Everything a page needs to speak one language: its messages and Intl formatters. */
export function translator(locale: TLocale) {
  const intl = INTL_LOCALE[locale];
  return {
    locale,
    intl,
    m: MESSAGES[locale],
    format,
    date: (value: Date | string, options: Intl.DateTimeFormatOptions = DEFAULT_DATE) =>
      dateFormat(intl, options).format(new Date(value)),
    money: (minor: number, currency: string) =>
      moneyFormat(intl, currency, minor % 100 === 0 ? 0 : 2).format(minor / 100),
  };
}

export type TTranslator = ReturnType<typeof translator>;
