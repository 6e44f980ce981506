// Turns a next-safe-action result into messages for the form: field errors (message keys from
// lib/schemas, or the server's own words) next to their fields, and one line for the rest.
import type { TActionError } from "@/lib/actions/client";
import type { TMessages } from "@/lib/i18n/messages/en";
import { format } from "@/lib/i18n/translator";

export type TActionResult = {
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
  serverError?: TActionError;
};

export function fieldErrorsOf(result: TActionResult | undefined, m: TMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  const translate = (message: string) => (m.forms.errors as Record<string, string>)[message] ?? message;
  for (const [field, messages] of Object.entries(result?.validationErrors?.fieldErrors ?? {})) {
    if (messages?.[0]) errors[field] = translate(messages[0]);
  }
  for (const [field, message] of Object.entries(result?.serverError?.fieldErrors ?? {})) errors[field] ??= translate(message);
  return errors;
}

export function formErrorOf(result: TActionResult | undefined, m: TMessages, brand: string): string | null {
  if (!result) return null;
  if (result.validationErrors || result.serverError?.fieldErrors) return m.shop.fixErrors;
  const code = result.serverError?.code;
  if (!code) return null;
  const known = (m.actionErrors as Record<string, string>)[code];
  return format(known ?? m.actionErrors.INTERNAL, { brand });
}
