"use client";

import { Card } from "@/components/ui/card";
import { Field, FieldGroup, TextareaField } from "@/components/ui/form-controls";
import { LIMITS, type TProductForm } from "@/lib/domain/product-rules";
import { emptyProductTexts, type TProductTextForm } from "@/lib/domain/product-text";
import { LOCALE_NAMES, LOCALES, type TLocale } from "@/lib/i18n/locales";
import type { TSetForm } from "./product-form";

type TProps = { form: TProductForm; setForm: TSetForm; errors: Record<string, string> };

const count = (text: string, max: number) => `${text.trim().length} of ${max} characters`;

/**
 * The product's name and description per customer language, all optional: customers whose
 * language has none see the product's own. The Vipps app always shows the product's own name.
 */
export function ProductTextsSection({ form, setForm, errors }: TProps) {
  const texts = { ...emptyProductTexts(), ...form.texts };
  const setText = (locale: TLocale, patch: Partial<TProductTextForm>) =>
    setForm({ texts: { ...texts, [locale]: { ...texts[locale], ...patch } } });
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-lg font-semibold">Name and description in other languages</h2>
      <p className="text-sm text-neutral-700">
        Optional. Customers who use the shop in a language see its name and description here; where one is
        left blank they see the product&apos;s own. The Vipps app shows the product&apos;s own name.
      </p>
      {LOCALES.map((locale) => (
        <FieldGroup key={locale} legend={LOCALE_NAMES[locale]}>
          <Field
            label={`Name (${LOCALE_NAMES[locale]})`}
            lang={locale}
            value={texts[locale].name}
            onChange={(e) => setText(locale, { name: e.target.value })}
            error={errors[`texts.${locale}.name`]}
            hint={count(texts[locale].name, LIMITS.name)}
          />
          <TextareaField
            label={`Description (${LOCALE_NAMES[locale]})`}
            lang={locale}
            value={texts[locale].description}
            onChange={(e) => setText(locale, { description: e.target.value })}
            error={errors[`texts.${locale}.description`]}
            hint={count(texts[locale].description, LIMITS.description)}
          />
        </FieldGroup>
      ))}
    </Card>
  );
}
