// Action results in the customer's language: field messages are keys from lib/schemas (or the
// server's own words), the form line is looked up by error code and never shows internal text.
import {
  fieldErrorsOf as collectFieldErrors,
  hasFieldErrors,
  type TActionResult,
} from "@/lib/actions/result";
import type { TMessages } from "@/lib/i18n/messages/en";
import { format } from "@/lib/i18n/translator";

export function fieldErrorsOf(result: TActionResult | undefined, m: TMessages): Record<string, string> {
  return collectFieldErrors(
    result,
    (message) => (m.forms.errors as Record<string, string>)[message] ?? message,
  );
}

export function formErrorOf(result: TActionResult | undefined, m: TMessages, brand: string): string | null {
  if (!result) return null;
  if (hasFieldErrors(result)) return m.shop.fixErrors;
  const code = result.serverError?.code;
  if (!code) return null;
  const known = (m.actionErrors as Record<string, string>)[code];
  return format(known ?? m.actionErrors.INTERNAL, { brand });
}
