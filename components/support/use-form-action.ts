"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TActionError } from "@/lib/actions/client";

export type TFormActionResult<D> = {
  data?: D;
  serverError?: TActionError;
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
};

/**
 * Runs a server action from a form: field errors from zod (before anything is sent) or from the
 * server (e.g. "at most 149,00 kr"), a message, and Vipps's problem details when Vipps said no.
 * A successful action revalidates the page, so fresh data arrives with its answer; after a refusal
 * the page is reloaded too (the failed call and its audit entry are part of the story).
 */
export function useFormAction<I, D>(action: (input: I) => Promise<TFormActionResult<D> | undefined>) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<TFormActionResult<D>>();
  const router = useRouter();
  const run = (input: I, form?: HTMLFormElement | null) =>
    startTransition(async () => {
      const next = await action(input);
      setResult(next ?? {});
      if (next?.data && form) form.reset();
      if (next?.serverError) router.refresh();
    });
  const errorOf = (name: string): string | undefined =>
    result?.validationErrors?.fieldErrors?.[name]?.[0] ?? result?.serverError?.fieldErrors?.[name];
  // Errors found in the browser (before a confirmation step) show exactly like the server's.
  const show = (next: TFormActionResult<D> | undefined) => setResult(next);
  return { run, pending, result, errorOf, show };
}

/** The form's fields as strings (what zod schemas of the support console take). */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    if (typeof value === "string") values[key] = value;
  });
  return values;
}
