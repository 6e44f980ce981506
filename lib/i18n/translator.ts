import { format } from "./format";
import type { TLocale } from "./locales";
import { INTL_LOCALE } from "./locales";
import { da } from "./messages/da";
import { en, type TMessages } from "./messages/en";
import { fi } from "./messages/fi";
import { nb } from "./messages/nb";

export const MESSAGES: Record<TLocale, TMessages> = { nb, da, fi, en };

// format lives on its own so lib/errors.ts (which client code imports) can use it without every message.
export { format };

// Building an Intl formatter costs far more than using one (a page formats dozens of dates and
// amounts), so each locale-and-options pair is built once per process.
const DEFAULT_DATE: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeZone: "UTC" };
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) formatters.set(key, (found = make()));
  return found;
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
      formatter(
        options === DEFAULT_DATE ? `date ${intl}` : `date ${intl} ${JSON.stringify(options)}`,
        () => new Intl.DateTimeFormat(intl, options),
      ).format(new Date(value)),
    money: (minor: number, currency: string) => {
      const fractionDigits = minor % 100 === 0 ? 0 : 2;
      return formatter(
        `money ${intl} ${currency} ${fractionDigits}`,
        () =>
          new Intl.NumberFormat(intl, { style: "currency", currency, minimumFractionDigits: fractionDigits }),
      ).format(minor / 100);
    },
  };
}

export type TTranslator = ReturnType<typeof translator>;
