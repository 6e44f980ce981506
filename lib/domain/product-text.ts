// A product's name and description in the visitor's language: the merchant may give each per
// locale (ProductText); a blank one falls back to the product's own. The one rule every customer
// page uses, so a product never shows one name on the storefront and another on the account page.
import { LOCALES, type TLocale } from "@/lib/i18n/locales";

export type TProductTextRow = { locale: string; name: string | null; description: string | null };
export type TProductWithTexts = { name: string; description: string | null; texts?: TProductTextRow[] };
export type TProductText = { name: string; description: string | null };

/** What a Prisma product select adds for productTextFor: the one locale's row, if any. */
export const productTextsSelect = (locale: TLocale) =>
  ({ texts: { where: { locale }, select: { locale: true, name: true, description: true } } }) as const;

/** Name and description for `locale`, each falling back to the product's default on its own. */
export function productTextFor(product: TProductWithTexts, locale: TLocale): TProductText {
  const own = product.texts?.find((t) => t.locale === locale);
  return {
    name: own?.name?.trim() || product.name,
    description: own?.description?.trim() || product.description,
  };
}

/** The editor's per-locale fields as typed. */
export type TProductTextForm = { name: string; description: string };
export type TProductTextsForm = Partial<Record<TLocale, TProductTextForm>>;

export const emptyProductTexts = (): Record<TLocale, TProductTextForm> =>
  Object.fromEntries(LOCALES.map((l) => [l, { name: "", description: "" }])) as Record<
    TLocale,
    TProductTextForm
  >;

/** Stored rows as the editor's fields (every locale present, blank where none is given). */
export function productTextsToForm(
  rows: TProductTextRow[] | null | undefined,
): Record<TLocale, TProductTextForm> {
  const form = emptyProductTexts();
  for (const row of rows ?? []) {
    const locale = LOCALES.find((l) => l === row.locale);
    if (locale) form[locale] = { name: row.name ?? "", description: row.description ?? "" };
  }
  return form;
}

/**
 * Checks the per-locale fields with the default name's limits; field keys are `texts.<locale>.name`.
 * Returns the rows to store (a locale with both fields blank has none), or null when the form
 * carries no texts at all (a form from before the section existed): then the stored ones stay.
 */
export function checkProductTexts(
  texts: TProductTextsForm | undefined,
  limits: { name: number; description: number },
  fail: (field: string, message: string) => void,
): TProductTextRow[] | null {
  if (!texts) return null;
  const rows: TProductTextRow[] = [];
  for (const locale of LOCALES) {
    const name = texts[locale]?.name.trim() ?? "";
    const description = texts[locale]?.description.trim() ?? "";
    if (name.length > limits.name)
      fail(
        `texts.${locale}.name`,
        `Shorten the name to at most ${limits.name} characters (now ${name.length}).`,
      );
    if (description.length > limits.description)
      fail(
        `texts.${locale}.description`,
        `Shorten the description to at most ${limits.description} characters (now ${description.length}).`,
      );
    if (name || description) rows.push({ locale, name: name || null, description: description || null });
  }
  return rows;
}
