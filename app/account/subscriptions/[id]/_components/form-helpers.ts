"use client";

import { useEffect, useRef } from "react";
import type { z } from "zod";
import type { TMessages } from "@/lib/i18n/messages/en";

/** Checks a form against the same schema the action uses; field → message, in the visitor's language. */
export function checkInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  m: TMessages,
): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= (m.forms.errors as Record<string, string>)[issue.message] ?? issue.message;
  }
  return errors;
}

/** Moves focus to the first field to fix, else to the element marked data-focus-on-error. */
export function useFocusOnError(errorKey: unknown) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!errorKey) return;
    const target = form.current?.querySelector<HTMLElement>("[aria-invalid=true], [data-focus-on-error]");
    // A radio group marks its fieldset; focus goes to its first choice.
    (target?.matches("fieldset") ? target.querySelector<HTMLElement>("input") : target)?.focus();
  }, [errorKey]);
  return form;
}

/** Moves focus to an element when it appears (a confirmation step's heading). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
