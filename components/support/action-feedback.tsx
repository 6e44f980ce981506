import { Alert } from "@/components/ui/alert";
import { ProblemDetails } from "./problem-details";
import type { TFormActionResult } from "./use-form-action";

/** What came of an action: its message, or the error with Vipps's own problem details. */
export function ActionFeedback({ result }: { result: TFormActionResult<{ message?: string }> | undefined }) {
  if (!result) return null;
  if (result.serverError) {
    return (
      <Alert tone="error" title={result.serverError.message}>
        <ProblemDetails problem={result.serverError.problem} />
      </Alert>
    );
  }
  if (result.validationErrors) {
    return (
      <Alert tone="error">
        {result.validationErrors.formErrors?.[0] ??
          "Some fields need a look: see the messages next to them. Nothing was sent."}
      </Alert>
    );
  }
  if (result.data?.message) return <Alert tone="success">{result.data.message}</Alert>;
  return null;
}
