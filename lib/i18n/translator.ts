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

/** Everything a page needs to speak one language: its messages and Intl formatters. */
export function translator(locale: TLocale) {
  const intl = INTL_LOCALE[locale];
  return {
    locale,
    intl,
    m: MESSAGES[locale],
    format,
    date: (
      value: Date | string,
      options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeZone: "UTC" },
    ) => new Intl.DateTimeFormat(intl, options).format(new Date(value)),
    money: (minor: number, currency: string) =>
      new Intl.NumberFormat(intl, {
        style: "currency",
        currency,
        minimumFractionDigits: minor % 100 === 0 ? 0 : 2,
      }).format(minor / 100),
  };
}

export type TTranslator = ReturnType<typeof translator>;
