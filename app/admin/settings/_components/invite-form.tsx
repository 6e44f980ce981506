"use client";

import { useRef } from "react";
import { inviteStaffAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/form-controls";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";

export function InviteForm({
  m,
}: {
  m: TAdminMessages["invite"] & { roles: TAdminMessages["staff"]["roles"] };
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const {
    execute,
    data,
    isPending,
    fieldErrors: errors,
    formError,
  } = useActionForm(inviteStaffAction, {
    onSuccess: () => formRef.current?.reset(),
  });
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={m.form}
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const fields = new FormData(event.currentTarget);
        execute({
          email: String(fields.get("email") ?? ""),
          name: String(fields.get("name") ?? ""),
          role: String(fields.get("role") ?? "") as "SUPPORT",
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {data ? <Alert tone="success">{format(m.sent, { email: data.email })}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={m.email} name="email" type="email" error={errors.email} />
        <Field label={m.name} name="name" error={errors.name} />
        <SelectField
          label={m.role}
          name="role"
          defaultValue="SUPPORT"
          error={errors.role}
          options={(["SUPPORT", "ADMIN"] as const).map((value) => ({ value, label: m.roles[value] }))}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {m.send}
        </Button>
      </div>
    </form>
  );
}
