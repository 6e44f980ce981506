"use client";

import { useRef } from "react";
import { connectSalesUnitAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/form-controls";
import { useActionForm } from "@/lib/actions/use-action-form";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";

const MARKETS = ["NO", "DK", "FI"] as const;

/**
 * The keys of one sales unit, as copied from the business portal. They go to the server once and
 * are cleared from the page on success; after that only the subscription key's hint is shown.
 */
export function SalesUnitKeysForm({
  environment,
  m,
}: {
  environment: "TEST" | "PRODUCTION";
  m: TAdminMessages["salesUnitKeys"] & { saving: string };
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const {
    execute,
    data: saved,
    isPending,
    fieldErrors: errors,
    formError,
  } = useActionForm(connectSalesUnitAction, { onSuccess: () => formRef.current?.reset() });
  const test = environment === "TEST";
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={test ? m.formTest : m.formProduction}
      className="flex flex-col gap-4"
      autoComplete="off"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const value = (name: string) => String(data.get(name) ?? "");
        execute({
          environment,
          market: value("market") as "NO",
          name: value("name"),
          msn: value("msn"),
          clientId: value("clientId"),
          clientSecret: value("clientSecret"),
          subscriptionKey: value("subscriptionKey"),
        });
      }}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? (
        <Alert tone="success">{format(m.saved, { msn: saved.msn, hint: saved.keyHint })}</Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={m.market}
          name="market"
          defaultValue="NO"
          options={MARKETS.map((value) => ({ value, label: m.markets[value] }))}
          error={errors.market}
        />
        <Field label={m.name} name="name" error={errors.name} hint={m.nameHint} />
        <Field label={m.msn} name="msn" inputMode="numeric" error={errors.msn} hint={m.msnHint} />
        <Field label="client_id" name="clientId" spellCheck={false} error={errors.clientId} />
        <Field
          label="client_secret"
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          error={errors.clientSecret}
        />
        <Field
          label={m.subscriptionKey}
          name="subscriptionKey"
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          error={errors.subscriptionKey}
          hint={m.subscriptionKeyHint}
        />
      </div>
      <p className="text-sm text-neutral-700">{test ? m.whereTest : m.whereProduction}</p>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? m.saving : test ? m.saveTest : m.saveProduction}
        </Button>
      </div>
    </form>
  );
}
