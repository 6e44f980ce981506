"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import type { TMessages } from "@/lib/i18n/messages/en";
import { resendSignInLinkAction, sendSignInLinkAction, staffSignInAction } from "./actions";

export function CustomerSignInForm({
  m,
  callbackUrl,
  email,
}: {
  m: TMessages["signIn"];
  callbackUrl: string;
  /** Filled in from what this browser typed at sign-up (or the claim page's link). */
  email: string;
}) {
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
        defaultValue={email}
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

/** The check-email page's "send again" (to the address this browser typed; same limits as the form). */
export function ResendLinkForm({ m, email }: { m: TMessages["signIn"]; email: string }) {
  const [state, action, pending] = useActionState(resendSignInLinkAction, undefined);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="email" value={email} />
      <div aria-live="polite">{state?.resent ? <Alert tone="success">{m.resent}</Alert> : null}</div>
      {state?.error ? <Alert tone="error">{state.error}</Alert> : null}
      <div>
        <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
          {pending ? m.resending : m.resend}
        </Button>
      </div>
    </form>
  );
}
