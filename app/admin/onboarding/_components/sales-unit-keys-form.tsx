"use client";

import { useRef } from "react";
import { connectSalesUnitAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/form-controls";
import { useActionForm } from "@/lib/actions/use-action-form";

const MARKETS = [
  { value: "NO", label: "Norway (Vipps, NOK)" },
  { value: "DK", label: "Denmark (MobilePay, DKK)" },
  { value: "FI", label: "Finland (MobilePay, EUR)" },
];

/**
 * The keys of one sales unit, as copied from the business portal. They go to the server once and
 * are cleared from the page on success; after that only the subscription key's hint is shown.
 */
export function SalesUnitKeysForm({ environment }: { environment: "TEST" | "PRODUCTION" }) {
  const formRef = useRef<HTMLFormElement>(null);
  const {
    execute,
    data: saved,
    isPending,
    fieldErrors: errors,
    formError,
  } = useActionForm(connectSalesUnitAction, { onSuccess: () => formRef.current?.reset() });
  const what = environment === "TEST" ? "test" : "production";
  return (
    <form
      ref={formRef}
      noValidate
      aria-label={`${environment === "TEST" ? "Test" : "Production"} sales unit keys`}
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
        <Alert tone="success">
          Saved, encrypted. Sales unit {saved.msn}, subscription key {saved.keyHint}. The keys are never shown
          again.
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Market" name="market" defaultValue="NO" options={MARKETS} error={errors.market} />
        <Field
          label="Sales unit name"
          name="name"
          error={errors.name}
          hint="For you, e.g. “Webshop Norway”"
        />
        <Field
          label="Merchant serial number (MSN)"
          name="msn"
          inputMode="numeric"
          error={errors.msn}
          hint="4 to 7 digits"
        />
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
          label="Subscription key"
          name="subscriptionKey"
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          error={errors.subscriptionKey}
          hint="Ocp-Apim-Subscription-Key (primary)"
        />
      </div>
      <p className="text-sm text-neutral-700">
        From the business portal: {what} sales unit → Utvikler / Developer → Show keys. Stored encrypted;
        nobody can read them back here.
      </p>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Saving…" : `Save ${what} keys`}
        </Button>
      </div>
    </form>
  );
}
