// The admin forms' one line above the fields: what went wrong when it is not one field's fault.
import { hasFieldErrors, type TActionResult } from "@/lib/actions/result";

export { fieldErrorsOf } from "@/lib/actions/result";

export function formErrorOf(result: TActionResult | undefined): string | null {
  if (!result) return null;
  if (hasFieldErrors(result)) return "Nothing was saved. Fix the fields marked below.";
  return result.serverError?.message ?? null;
}
