"use client";

import { useAction } from "next-safe-action/hooks";
import { useRef } from "react";
import { inviteStaffAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/form-controls";
import { fieldErrorsOf, formErrorOf } from "@/components/admin/action-errors";

export function InviteForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const { execute, result, isPending } = useAction(inviteStaffAction, {
    onSuccess: () => formRef.current?.reset(),
  });
  const errors = fieldErrorsOf(result);
  const formError = formErrorOf(result);
  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Invite staff"
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        execute({
          email: String(data.get("email") ?? ""),
          name: String(data.get("name") ?? ""),
          role: String(data.get("role") ?? "") as "SUPPORT",
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {result.data ? <Alert tone="success">Invitation sent to {result.data.email}.</Alert> : null}
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
