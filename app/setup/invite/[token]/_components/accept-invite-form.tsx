"use client";

import { acceptInviteAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";

export function AcceptInviteForm({
  token,
  name,
  m,
}: {
  token: string;
  name: string;
  m: TAdminMessages["acceptInvite"] & { saving: string };
}) {
  const {
    execute,
    isPending,
    hasNavigated,
    fieldErrors: errors,
    formError,
  } = useActionForm(acceptInviteAction);
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        execute({
          token,
          name: String(data.get("name") ?? ""),
          password: String(data.get("password") ?? ""),
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field label={m.yourName} name="name" autoComplete="name" defaultValue={name} error={errors.name} />
      <Field
        label={m.newPassword}
        name="password"
        type="password"
        autoComplete="new-password"
        error={errors.password}
        hint={m.passwordHint}
      />
      <Button type="submit" disabled={isPending || hasNavigated}>
        {isPending || hasNavigated ? m.saving : m.save}
      </Button>
    </form>
  );
}
