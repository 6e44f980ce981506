// Action errors in the customer's language: field messages are keys from lib/schemas (or the
// server's own words), the form line is looked up by error code and never shows internal text.
import type { TActionWording } from "@/lib/actions/result";
import type { TMessages } from "@/lib/i18n/messages/en";
import { format } from "@/lib/i18n/translator";

export function customerWording(m: TMessages, brand: string): TActionWording {
  return {
    field: (message) => (m.forms.errors as Record<string, string>)[message] ?? message,
    fixFields: m.shop.fixErrors,
    refusal: ({ code }) =>
      format((m.actionErrors as Record<string, string>)[code] ?? m.actionErrors.INTERNAL, { brand }),
  };
}
