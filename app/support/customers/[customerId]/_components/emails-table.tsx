import type { TCustomerView } from "@/lib/server/support/get-customer-view";
import { DataTable } from "@/components/support/data-table";
import { time } from "@/components/support/format";

type TEmailRow = TCustomerView["emails"][number];

/** Sent, waiting for a retry (with the last error), failed for good, or kept unsent (no SMTP). */
export function deliveryText(email: TEmailRow): string {
  if (email.sentAt) return `sent ${time(email.sentAt)}`;
  if (email.failedAt) return `FAILED after ${email.attempts} attempts: ${email.error ?? "unknown error"}`;
  if (email.attempts > 0)
    return `retrying (attempt ${email.attempts} failed: ${email.error ?? "unknown error"}), next ${time(email.nextAttemptAt)}`;
  return "queued";
}

export function EmailsTable({ emails }: { emails: TEmailRow[] }) {
  return (
    <DataTable
      caption="Emails to this customer"
      head={["Written", "Kind", "Subject", "To", "Delivery"]}
      empty="No emails."
      rows={emails.map((email) => ({
        key: email.id,
        cells: [time(email.createdAt), email.kind, email.subject, email.to, deliveryText(email)],
      }))}
    />
  );
}
