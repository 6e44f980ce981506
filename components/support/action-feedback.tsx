import { Alert } from "@/components/ui/alert";
import type { TActionError } from "@/lib/actions/client";
import type { TTranslator } from "@/lib/i18n/translator";
import { ProblemDetails } from "./problem-details";

/** What came of an action (useActionForm's answer): its message, or the error with Vipps's own problem details. */
export function ActionFeedback({
  t,
  action,
}: {
  t: TTranslator;
  action: { formError: string | null; serverError?: TActionError; data?: { message?: string } };
}) {
  if (action.formError) {
    return (
      <Alert tone="error" title={action.formError}>
        <ProblemDetails t={t} problem={action.serverError?.problem} />
      </Alert>
    );
  }
  if (action.data?.message) return <Alert tone="success">{action.data.message}</Alert>;
  return null;
}
