"use client";

import { useActionForm } from "@/lib/actions/use-action-form";
import { confirmSignUpClaimAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";

type TClaimTexts = {
  body: string;
  confirm: string;
  adding: string;
  doneTitle: string;
  doneBody: string;
  signIn: string;
  notYou: string;
  invalid: string;
};

/** Adds a held sign-up to the account of the address the link was mailed to, on a click. */
export function ClaimForm({
  token,
  bound,
  email,
  m,
}: {
  token: string;
  bound: boolean;
  email: string;
  m: TClaimTexts;
}) {
  const { execute, data, isPending, formError } = useActionForm(confirmSignUpClaimAction);
  const signIn = `/sign-in?email=${encodeURIComponent(email)}&callbackUrl=${encodeURIComponent("/account")}`;
  if (bound || data?.done)
    return (
      <div role="status" className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">{m.doneTitle}</h2>
        <p>{m.doneBody}</p>
        <div>
          <ButtonLink href={signIn}>{m.signIn}</ButtonLink>
        </div>
      </div>
    );
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ token });
      }}
    >
      {formError ? <Alert tone="error">{m.invalid}</Alert> : null}
      <p>{m.body}</p>
      <div>
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {isPending ? m.adding : m.confirm}
        </Button>
      </div>
      <p className="text-sm text-neutral-700">{m.notYou}</p>
    </form>
  );
}
