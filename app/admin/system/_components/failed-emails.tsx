import Link from "next/link";
import { Card } from "@/components/ui/card";
import { time } from "@/components/support/format";
import type { TFailedEmail } from "@/lib/server/system/failed-emails";
import { fillMessage } from "@/components/admin/fill-message";
import type { TAdminMessages } from "@/lib/i18n/messages/admin/types";
import { format } from "@/lib/i18n/translator";

/** Mail the SMTP server refused on every attempt, newest first; the customer page shows the rest. */
export function FailedEmails({
  emails,
  total,
  m,
}: {
  emails: TFailedEmail[];
  total: number;
  m: TAdminMessages["system"];
}) {
  return (
    <Card aria-labelledby="failed-emails-heading" className="flex flex-col gap-3">
      <h2 id="failed-emails-heading" className="text-lg font-semibold">
        {format(m.failedEmails, { total })}
      </h2>
      {emails.length === 0 ? (
        <p className="text-sm text-neutral-700">{m.noFailedEmails}</p>
      ) : (
        <ul className="flex flex-col gap-3 text-sm" aria-label={m.failedEmailsList}>
          {emails.map((email) => (
            <li key={email.id} className="flex flex-col gap-1 rounded-lg border border-red-200 p-3">
              <p>
                {fillMessage(m.emailTo, {
                  kind: <span className="font-mono font-medium">{email.kind}</span>,
                  to: email.to,
                })}{" "}
                <span className="text-neutral-700">
                  {format(email.attempts === 1 ? m.emailFailed_one : m.emailFailed_other, {
                    at: time(email.failedAt),
                    count: email.attempts,
                  })}
                </span>
              </p>
              <p className="break-words whitespace-pre-wrap text-red-900">{email.error}</p>
              {email.customerId ? (
                <Link href={`/support/customers/${email.customerId}`} className="underline">
                  {m.theCustomer}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
