// The languages Abo speaks to customers, and how each formats numbers, money and dates.
export const LOCALES = ["nb", "da", "fi", "en"] as const;
export type TLocale = (typeof LOCALES)[number];

export const INTL_LOCALE: Record<TLocale, string> = { nb: "nb-NO", da: "da-DK", fi: "fi-FI", en: "en-GB" };
export const LOCALE_NAMES: Record<TLocale, string> = {
  nb: "Norsk bokmål",
  da: "Dansk",
  fi: "Suomi",
  en: "English",
};
export const LOCALE_OF_MARKET = { NO: "nb", DK: "da", FI: "fi" } as const satisfies Record<string, TLocale>;

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** One of our locales for a language tag ("nb-NO", "da", "FI"); "nn" and "no" read Bokmål. */
export function readLocale(tag: string | null | undefined): TLocale | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (base === "no" || base === "nn") return "nb";
  return isLocale(base) ? base : null;
}

/** The first of the given tags that is one of our locales (a customer's, then the shop's), else Bokmål. */
export function preferredLocale(...tags: (string | null | undefined)[]): TLocale {
  for (const tag of tags) {
    const locale = readLocale(tag);
    if (locale) return locale;
  }
  return "nb";
}

/** The best of our locales for an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null, fallback: TLocale = "nb"): TLocale {
  if (!acceptLanguage) return fallback;
  const wanted = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag: tag ?? "", q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const locale = readLocale(tag);
    if (locale) return locale;
  }
  return fallback;
}
