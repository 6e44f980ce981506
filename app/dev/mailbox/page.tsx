import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { env } from "@/lib/env";
import { listDemoMailbox } from "@/lib/server/email/list-demo-mailbox";

export const metadata: Metadata = { title: "Dev mailbox" };
export const dynamic = "force-dynamic";

// Shows the mail Abo would have sent when no SMTP server is configured. Only in demo mode (404
// otherwise), and only mail to demo addresses: its sign-in and invitation links are credentials.
export default async function DevMailboxPage() {
  if (!env().DEMO_MODE || env().SMTP_URL) notFound();
  const emails = await listDemoMailbox();
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <h1 className="text-2xl font-semibold">Dev mailbox</h1>
      <Alert tone="warning">
        No mail server is configured (SMTP_URL), so mail is kept here. Demo mode only, and only mail to demo
        addresses (such as @example.no or @abo.test).
      </Alert>
      {emails.length === 0 ? <p>No mail yet.</p> : null}
      <ol className="flex flex-col gap-4">
        {emails.map((email) => (
          <li key={email.id} className="rounded-lg border border-neutral-200 bg-white p-4">
            <p className="text-sm text-neutral-700">
              To <strong>{email.to}</strong> · {email.createdAt.toISOString().replace("T", " ").slice(0, 19)}{" "}
              UTC · {email.kind}
            </p>
            <h2 className="mt-1 font-semibold">{email.subject}</h2>
            <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">
              {linkify(email.text)}
            </pre>
          </li>
        ))}
      </ol>
    </main>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} className="break-all text-blue-800 underline" href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
