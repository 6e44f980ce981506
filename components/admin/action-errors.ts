// Turns a next-safe-action result into what the admin forms show: each message next to its field
// (from the zod schema or the server's rule check), and one line for everything else.
import type { TActionError } from "@/lib/actions/client";

export type TActionResult = {
  validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };
  serverError?: TActionError;
};

export function fieldErrorsOf(result: TActionResult | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(result?.validationErrors?.fieldErrors ?? {})) {
    if (messages?.[0]) errors[field] = messages[0];
  }
  for (const [field, message] of Object.entries(result?.serverError?.fieldErrors ?? {})) errors[field] ??= message;
  return errors;
}

export function formErrorOf(result: TActionResult | undefined): string | null {
  if (!result) return null;
  if (result.validationErrors || result.serverError?.fieldErrors) return "Nothing was saved. Fix the fields marked below.";
  return result.serverError?.message ?? null;
}
