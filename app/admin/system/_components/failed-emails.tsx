import Link from "next/link";
import { Card } from "@/components/ui/card";
import { time } from "@/components/support/format";
import type { TFailedEmail } from "@/lib/server/system/failed-emails";

/** Mail the SMTP server refused on every attempt, newest first; the customer page shows the rest. */
export function FailedEmails({ emails, total }: { emails: TFailedEmail[]; total: number }) {
  return (
    <Card aria-labelledby="failed-emails-heading" className="flex flex-col gap-3">
      <h2 id="failed-emails-heading" className="text-lg font-semibold">
        Failed emails ({total})
      </h2>
      {emails.length === 0 ? (
        <p className="text-sm text-neutral-700">No failed emails.</p>
      ) : (
        <ul className="flex flex-col gap-3 text-sm" aria-label="Failed emails">
          {emails.map((email) => (
            <li key={email.id} className="flex flex-col gap-1 rounded-lg border border-red-200 p-3">
              <p>
                <span className="font-mono font-medium">{email.kind}</span> to {email.to}{" "}
                <span className="text-neutral-700">
                  failed {time(email.failedAt)} after {email.attempts} attempts
                </span>
              </p>
              <p className="break-words whitespace-pre-wrap text-red-900">{email.error}</p>
              {email.customerId ? (
                <Link href={`/support/customers/${email.customerId}`} className="underline">
                  The customer
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
