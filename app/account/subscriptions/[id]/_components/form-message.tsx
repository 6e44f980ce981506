import { Alert } from "@/components/ui/alert";

/** The form-level error, focusable so it can be announced and reached after a failed attempt. */
export function FormMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div tabIndex={-1} data-focus-on-error className="outline-none">
      <Alert tone="error">{message}</Alert>
    </div>
  );
}
