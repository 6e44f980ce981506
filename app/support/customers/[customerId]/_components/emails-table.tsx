import type { TCustomerView } from "@/lib/server/support/get-customer-view";
import { DataTable } from "@/components/support/data-table";
import { time } from "@/components/support/format";
import type { TTranslator } from "@/lib/i18n/translator";

type TEmailRow = TCustomerView["emails"][number];

/** Sent, waiting for a retry (with the last error), failed for good, or kept unsent (no SMTP). */
export function deliveryText(t: TTranslator, email: TEmailRow): string {
  const m = t.m.support.customer;
  const error = email.error ?? m.unknownError;
  if (email.sentAt) return t.format(m.sent, { time: time(email.sentAt) });
  if (email.failedAt) return t.format(m.failed, { attempts: email.attempts, error });
  if (email.attempts > 0)
    return t.format(m.retrying, { attempts: email.attempts, error, time: time(email.nextAttemptAt) });
  return m.queued;
}

export function EmailsTable({ t, emails }: { t: TTranslator; emails: TEmailRow[] }) {
  const m = t.m.support.customer;
  return (
    <DataTable
      caption={m.emailsCaption}
      head={[m.emailWritten, m.emailKind, m.emailSubject, m.emailTo, m.emailDelivery]}
      empty={m.noEmails}
      rows={emails.map((email) => ({
        key: email.id,
        cells: [time(email.createdAt), email.kind, email.subject, email.to, deliveryText(t, email)],
      }))}
    />
  );
}
