"use client";

import { acceptInviteAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { useActionForm } from "@/lib/actions/use-action-form";

export function AcceptInviteForm({ token, name }: { token: string; name: string }) {
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
      <Field label="Your name" name="name" autoComplete="name" defaultValue={name} error={errors.name} />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        error={errors.password}
        hint="At least 12 characters"
      />
      <Button type="submit" disabled={isPending || hasNavigated}>
        {isPending || hasNavigated ? "Saving…" : "Save password and sign in"}
      </Button>
    </form>
  );
}
