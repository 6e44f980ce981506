// Support forms' errors in the staff member's language: field messages are keys of staffText.fieldErrors
// (lib/schemas/support), anything else (the server's own words) is shown as it came; a refusal shows
// the server's message.
import type { TActionWording } from "@/lib/actions/result";
import type { TMessages } from "@/lib/i18n/messages/en";
import { format } from "@/lib/i18n/translator";
import { REASON_MIN } from "@/lib/schemas/support";

export function supportWording(m: TMessages): TActionWording {
  return {
    field: (message) => {
      const words = (m.staffText.fieldErrors as Record<string, string>)[message];
      return words ? format(words, { min: REASON_MIN }) : message;
    },
    fixFields: m.staffText.fixFields,
    refusal: (error) => error.message,
  };
}
