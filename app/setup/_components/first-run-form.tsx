"use client";

import { createFirstAdminAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { useActionForm } from "@/lib/actions/use-action-form";

export function FirstRunForm() {
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
        label="Business name"
        name="merchantName"
        autoComplete="organization"
        error={errors.merchantName}
        hint="Shown to your customers"
      />
      <Field label="Your name" name="name" autoComplete="name" error={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="username" error={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        error={errors.password}
        hint="At least 12 characters"
      />
      <Button type="submit" disabled={isPending || hasNavigated}>
        {isPending || hasNavigated ? "Creating…" : "Create admin account"}
      </Button>
    </form>
  );
}
