"use client";

import { updateMerchantProfileAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field, FieldGroup, SelectField } from "@/components/ui/form-controls";
import { LOCALE_NAMES, LOCALES, type TLocale } from "@/lib/i18n/locales";
import type { TSettings } from "@/lib/server/admin/get-settings";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";

const LANGUAGES = LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }));

export function ProfileForm({
  merchant,
  m,
}: {
  merchant: TSettings["merchant"];
  m: TAdminMessages["profile"] & { saved: string };
}) {
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
      aria-label={m.form}
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
      {data ? <Alert tone="success">{m.saved}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={m.businessName} name="name" defaultValue={merchant.name} error={errors.name} />
        <Field
          label={m.supportEmail}
          name="supportEmail"
          type="email"
          defaultValue={merchant.supportEmail ?? ""}
          error={errors.supportEmail}
        />
        <Field
          label={m.supportPhone}
          name="supportPhone"
          type="tel"
          defaultValue={merchant.supportPhone ?? ""}
          error={errors.supportPhone}
        />
        <Field
          label={m.supportPage}
          name="supportUrl"
          defaultValue={merchant.supportUrl ?? ""}
          error={errors.supportUrl}
          hint={m.supportPageHint}
        />
        <Field
          label={m.terms}
          name="termsUrl"
          defaultValue={merchant.termsUrl ?? ""}
          error={errors.termsUrl}
          hint={m.termsHint}
        />
        <SelectField
          label={m.defaultLanguage}
          name="defaultLocale"
          defaultValue={merchant.defaultLocale}
          options={[...LANGUAGES]}
          error={errors.defaultLocale}
        />
      </div>
      <FieldGroup legend={m.languagesOffered} error={errors.locales}>
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
          {m.save}
        </Button>
      </div>
    </form>
  );
}
