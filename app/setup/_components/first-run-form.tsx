"use client";

import { createFirstAdminAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";

export function FirstRunForm({ m }: { m: TAdminMessages["setup"] }) {
  const {
    execute,
    isPending,
    hasNavigated,
    fieldErrors: errors,
    formError,
  } = useActionForm(createFirstAdminAction);
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const value = (name: string) => String(data.get(name) ?? "");
        execute({
          merchantName: value("merchantName"),
          name: value("name"),
          email: value("email"),
          password: value("password"),
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field
        label={m.businessName}
        name="merchantName"
        autoComplete="organization"
        error={errors.merchantName}
        hint={m.businessNameHint}
      />
      <Field label={m.yourName} name="name" autoComplete="name" error={errors.name} />
      <Field label={m.email} name="email" type="email" autoComplete="username" error={errors.email} />
      <Field
        label={m.password}
        name="password"
        type="password"
        autoComplete="new-password"
        error={errors.password}
        hint={m.passwordHint}
      />
      <Button type="submit" disabled={isPending || hasNavigated}>
        {isPending || hasNavigated ? m.creating : m.create}
      </Button>
    </form>
  );
}
