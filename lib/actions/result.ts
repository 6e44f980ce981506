// What a next-safe-action call returns to a form, and the per-field messages in it: the zod schema's
// first message per field, then the server's own rule checks for fields zod passed.
import type { TActionError } from "@/lib/actions/client";

export type TActionResult = {
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
  serverError?: TActionError;
};

/** Each field's message, passed through `translate` (message keys become words in the customer's language). */
export function fieldErrorsOf(
  result: TActionResult | undefined,
  translate: (message: string) => string = (message) => message,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(result?.validationErrors?.fieldErrors ?? {})) {
    if (messages?.[0]) errors[field] = translate(messages[0]);
  }
  for (const [field, message] of Object.entries(result?.serverError?.fieldErrors ?? {}))
    errors[field] ??= translate(message);
  return errors;
}

/** True when the result carries messages that belong next to fields. */
export function hasFieldErrors(result: TActionResult | undefined): boolean {
  return Boolean(result?.validationErrors || result?.serverError?.fieldErrors);
}
