import type { Market } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";

const MARKET_OF_LOCALE: Record<TLocale, Market | null> = { nb: "NO", da: "DK", fi: "FI", en: null };

/** The market a visitor shops in: the one asked for, else the one of their language, else the first. */
export function pickMarket(asked: unknown, locale: TLocale, available: Market[]): Market | null {
  if (typeof asked === "string" && (available as string[]).includes(asked)) return asked as Market;
  const byLocale = MARKET_OF_LOCALE[locale];
  if (byLocale && available.includes(byLocale)) return byLocale;
  return available[0] ?? null;
}
