// The one error format of every form that calls a server action: each field's message at its field
// (the zod schema's first message, then the server's own rule checks for fields zod passed) and
// one message above the form. Only the words differ: staff consoles show the server's message (in
// the staff member's language, lib/actions/client.ts), customer pages look field keys and error codes
// up in their language (components/customer).
import type { TActionError } from "@/lib/actions/client";

export type TActionResult = {
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
  serverError?: TActionError;
};

export type TActionWording = {
  /** A field's message in words (customer pages: lib/schemas gives message keys). */
  field: (message: string) => string;
  /** The form's line when fields are marked. */
  fixFields: string;
  /** The form's line for a refusal (an AppError's code and message, or INTERNAL). */
  refusal: (error: TActionError) => string;
};

/** Staff consoles: the server's own message, which never holds internal text. */
export const staffWording: TActionWording = {
  field: (message) => message,
  fixFields: "Nothing was saved or sent. Fix the fields marked below.",
  refusal: (error) => error.message,
};

/** Each field's message, in words. */
export function fieldErrorsOf(
  result: TActionResult | undefined,
  field: TActionWording["field"] = staffWording.field,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [name, messages] of Object.entries(result?.validationErrors?.fieldErrors ?? {})) {
    if (messages?.[0]) errors[name] = field(messages[0]);
  }
  for (const [name, message] of Object.entries(result?.serverError?.fieldErrors ?? {}))
    errors[name] ??= field(message);
  return errors;
}

/** The one line above the form: fix the fields, the schema's form-level message, or the refusal. */
export function formErrorOf(result: TActionResult | undefined, wording: TActionWording = staffWording) {
  if (!result) return null;
  const formLevel = result.validationErrors?.formErrors?.[0];
  if (formLevel) return wording.field(formLevel);
  if (result.validationErrors) return wording.fixFields;
  // A refusal that also marks a field (a refund above what support may do) says why above the form;
  // only bad input itself reads "fix the fields".
  if (result.serverError?.fieldErrors && result.serverError.code === "BAD_INPUT") return wording.fixFields;
  return result.serverError ? wording.refusal(result.serverError) : null;
}
