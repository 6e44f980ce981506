"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import type { TMessages } from "@/lib/i18n/messages/en";
import { sendSignInLinkAction, staffSignInAction } from "./actions";

export function CustomerSignInForm({ m, callbackUrl }: { m: TMessages["signIn"]; callbackUrl: string }) {
  const [state, action, pending] = useActionState(sendSignInLinkAction, undefined);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state?.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Field
        label={m.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={state?.fieldErrors?.email}
      />
      <Button type="submit" disabled={pending}>
        {m.sendLink}
      </Button>
    </form>
  );
}

export function StaffSignInForm({ m, callbackUrl }: { m: TMessages["signIn"]; callbackUrl: string }) {
  const [state, action, pending] = useActionState(staffSignInAction, undefined);
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state?.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Field label={m.email} name="email" type="email" autoComplete="username" required />
      <Field label={m.password} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" variant="secondary" disabled={pending}>
        {m.staffSubmit}
      </Button>
    </form>
  );
}
