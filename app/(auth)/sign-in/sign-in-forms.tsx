"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { TActionWording } from "@/lib/actions/result";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TMessages } from "@/lib/i18n/messages/en";
import { resendSignInLinkAction, sendSignInLinkAction, staffSignInAction } from "./actions";

type TSignInTexts = TMessages["signIn"];

/** The sign-in forms' words: field keys and refusal codes looked up in m.signIn (see ./actions.ts). */
function signInWording(m: TSignInTexts): TActionWording {
  const refusals: Record<string, string> = {
    RATE_LIMITED: m.tooManyLinks,
    BAD_INPUT: m.enterEmailAgain,
    UNAUTHORIZED: m.invalidCredentials,
  };
  return {
    field: (message) => (m as Record<string, string>)[message] ?? message,
    // One or two fields, each with its message beside it: no line above them as well.
    fixFields: "",
    refusal: ({ code }) => refusals[code] ?? m.signInFailed,
  };
}

// The forms submit through their handlers once React has hydrated (the buttons wait for it);
// method="post" keeps a password out of the address should a form be sent before that.

/** The form's fields as strings, for the action's schema to judge. */
const valuesOf = (form: HTMLFormElement) => {
  const fields = new FormData(form);
  return (name: string) => String(fields.get(name) ?? "");
};

export function CustomerSignInForm({
  m,
  callbackUrl,
  email,
}: {
  m: TSignInTexts;
  callbackUrl: string;
  /** Filled in from what this browser typed at sign-up (or the claim page's link). */
  email: string;
}) {
  const send = useActionForm(sendSignInLinkAction, { wording: signInWording(m) });
  const busy = !useHydrated() || send.isPending || send.hasNavigated;
  return (
    <form
      method="post"
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send.execute({ email: valuesOf(event.currentTarget)("email"), callbackUrl });
      }}
    >
      {send.formError ? <Alert tone="error">{send.formError}</Alert> : null}
      <Field
        label={m.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={email}
        error={send.fieldErrors.email}
      />
      <Button type="submit" disabled={busy}>
        {m.sendLink}
      </Button>
    </form>
  );
}

export function StaffSignInForm({ m, callbackUrl }: { m: TSignInTexts; callbackUrl: string }) {
  const signIn = useActionForm(staffSignInAction, { wording: signInWording(m) });
  const busy = !useHydrated() || signIn.isPending || signIn.hasNavigated;
  return (
    <form
      method="post"
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const value = valuesOf(event.currentTarget);
        signIn.execute({ email: value("email"), password: value("password"), callbackUrl });
      }}
    >
      {signIn.formError ? <Alert tone="error">{signIn.formError}</Alert> : null}
      <Field
        label={m.email}
        name="email"
        type="email"
        autoComplete="username"
        required
        error={signIn.fieldErrors.email}
      />
      <Field
        label={m.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={signIn.fieldErrors.password}
      />
      <Button type="submit" variant="secondary" disabled={busy}>
        {m.staffSubmit}
      </Button>
    </form>
  );
}

/** The check-email page's "send again" (to the address this browser typed; same limits as the form). */
export function ResendLinkForm({ m, email }: { m: TSignInTexts; email: string }) {
  const resend = useActionForm(resendSignInLinkAction, { wording: signInWording(m) });
  const busy = !useHydrated() || resend.isPending;
  return (
    <form
      method="post"
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        resend.execute({ email });
      }}
    >
      <div aria-live="polite">{resend.data?.resent ? <Alert tone="success">{m.resent}</Alert> : null}</div>
      {resend.formError ? <Alert tone="error">{resend.formError}</Alert> : null}
      <div>
        <Button type="submit" variant="secondary" disabled={busy} aria-busy={resend.isPending}>
          {resend.isPending ? m.resending : m.resend}
        </Button>
      </div>
    </form>
  );
}
