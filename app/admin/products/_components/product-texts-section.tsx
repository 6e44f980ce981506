"use client";

import { Card } from "@/components/ui/card";
import { Field, FieldGroup, TextareaField } from "@/components/ui/form-controls";
import { LIMITS, type TProductForm } from "@/lib/domain/product-rules";
import { emptyProductTexts, type TProductTextForm } from "@/lib/domain/product-text";
import { LOCALE_NAMES, LOCALES, type TLocale } from "@/lib/i18n/locales";
import { format } from "@/lib/i18n/translator";
import type { TProductFormMessages, TSetForm } from "./product-form";
import { characters } from "./product-form-sections";

type TProps = {
  form: TProductForm;
  setForm: TSetForm;
  errors: Record<string, string>;
  m: TProductFormMessages;
};

/**
 * The product's name and description per customer language, all optional: customers whose
 * language has none see the product's own. The Vipps app always shows the product's own name.
 */
export function ProductTextsSection({ form, setForm, errors, m }: TProps) {
  const texts = { ...emptyProductTexts(), ...form.texts };
  const setText = (locale: TLocale, patch: Partial<TProductTextForm>) =>
    setForm({ texts: { ...texts, [locale]: { ...texts[locale], ...patch } } });
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">{m.texts.title}</h2>
      <p className="text-sm text-neutral-700">{m.texts.intro}</p>
      {LOCALES.map((locale) => (
        <FieldGroup key={locale} legend={LOCALE_NAMES[locale]}>
          <Field
            label={format(m.texts.name, { language: LOCALE_NAMES[locale] })}
            lang={locale}
            value={texts[locale].name}
            onChange={(e) => setText(locale, { name: e.target.value })}
            error={errors[`texts.${locale}.name`]}
            hint={characters(m, texts[locale].name, LIMITS.name)}
          />
          <TextareaField
            label={format(m.texts.description, { language: LOCALE_NAMES[locale] })}
            lang={locale}
            value={texts[locale].description}
            onChange={(e) => setText(locale, { description: e.target.value })}
            error={errors[`texts.${locale}.description`]}
            hint={characters(m, texts[locale].description, LIMITS.description)}
          />
        </FieldGroup>
      ))}
    </Card>
  );
}
