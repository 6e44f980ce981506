"use client";

import { useRef } from "react";
import { inviteStaffAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/form-controls";
import { useActionForm } from "@/lib/actions/use-action-form";

export function InviteForm() {
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
      aria-label="Invite staff"
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
      {data ? <Alert tone="success">Invitation sent to {data.email}.</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Email to invite" name="email" type="email" error={errors.email} />
        <Field label="Their name" name="name" error={errors.name} />
        <SelectField
          label="Role"
          name="role"
          defaultValue="SUPPORT"
          error={errors.role}
          options={[
            { value: "SUPPORT", label: "Support agent" },
            { value: "ADMIN", label: "Admin" },
          ]}
        />
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          Send invitation
        </Button>
      </div>
    </form>
  );
}
