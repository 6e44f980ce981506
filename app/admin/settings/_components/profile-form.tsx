"use client";

import { updateMerchantProfileAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field, FieldGroup, SelectField } from "@/components/ui/form-controls";
import { LOCALE_NAMES, LOCALES, type TLocale } from "@/lib/i18n/locales";
import type { TSettings } from "@/lib/server/admin/get-settings";
import { useActionForm } from "@/lib/actions/use-action-form";

const LANGUAGES = LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }));

export function ProfileForm({ merchant }: { merchant: TSettings["merchant"] }) {
  const {
    execute,
    data,
    isPending,
    fieldErrors: errors,
    formError,
  } = useActionForm(updateMerchantProfileAction);
  return (
    <form
      noValidate
      aria-label="Shop and support contact"
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const fields = new FormData(event.currentTarget);
        const value = (name: string) => String(fields.get(name) ?? "");
        execute({
          name: value("name"),
          supportEmail: value("supportEmail"),
          supportPhone: value("supportPhone"),
          supportUrl: value("supportUrl"),
          termsUrl: value("termsUrl"),
          defaultLocale: value("defaultLocale") as TLocale,
          locales: fields.getAll("locales").map(String) as TLocale[],
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {data ? <Alert tone="success">Saved.</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Business name" name="name" defaultValue={merchant.name} error={errors.name} />
        <Field
          label="Support email"
          name="supportEmail"
          type="email"
          defaultValue={merchant.supportEmail ?? ""}
          error={errors.supportEmail}
        />
        <Field
          label="Support phone"
          name="supportPhone"
          type="tel"
          defaultValue={merchant.supportPhone ?? ""}
          error={errors.supportPhone}
        />
        <Field
          label="Support page"
          name="supportUrl"
          defaultValue={merchant.supportUrl ?? ""}
          error={errors.supportUrl}
          hint="https://… (optional)"
        />
        <Field
          label="Terms of sale"
          name="termsUrl"
          defaultValue={merchant.termsUrl ?? ""}
          error={errors.termsUrl}
          hint="Customers accept these before signing up"
        />
        <SelectField
          label="Default language"
          name="defaultLocale"
          defaultValue={merchant.defaultLocale}
          options={[...LANGUAGES]}
          error={errors.defaultLocale}
        />
      </div>
      <FieldGroup legend="Languages offered to customers" error={errors.locales}>
        <div className="grid gap-x-4 sm:grid-cols-4">
          {LANGUAGES.map((language) => (
            <CheckboxField
              key={language.value}
              name="locales"
              value={language.value}
              label={language.label}
              defaultChecked={merchant.locales.includes(language.value)}
            />
          ))}
        </div>
      </FieldGroup>
      <div>
        <Button type="submit" disabled={isPending}>
          Save shop details
        </Button>
      </div>
    </form>
  );
}
