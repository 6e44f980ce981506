import "server-only";
import { enqueue } from "@/lib/queue/client";
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export type TEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
  locale?: string;
  customerId?: string | null;
  userId?: string;
  agreementId?: string;
  /** A receipt's charge: its PDF is attached when the mail is sent. */
  chargeId?: string;
  /** Once per fact: a mail with this key already in the outbox makes this call a no-op. */
  dedupeKey?: string;
};

/**
 * Writes a mail to the outbox; the emails.deliver job sends it through SMTP with retries (without
 * SMTP it stays for the dev mailbox). Given `tx`, the mail commits or rolls back with the change it
 * tells about, and the job's next run (each minute) sends it; otherwise the job is nudged at once.
 * Returns null when `dedupeKey` was already used.
 */
export const queueEmail = async (
  email: TEmail,
  options: { tx?: Tx } = {},
): Promise<{ id: string } | null> => {
  const [row] = await (options.tx ?? db).email.createManyAndReturn({
    data: [outboxRow(email)],
    skipDuplicates: true,
    select: { id: true },
  });
  if (row && !options.tx && env().SMTP_URL) {
    // A nudge, not the delivery itself: if it is lost, the minute's run still sends the mail.
    await enqueue("emails.deliver", {}, { singletonKey: "emails.deliver" }).catch((error: unknown) =>
      logger.warn({ err: error }, "could not queue email delivery; the next scheduled run sends it"),
    );
  }
  return row ?? null;
};

/**
 * Writes many mails to the outbox in one statement, in `tx` (each commits or rolls back with the
 * changes it tells about; the emails.deliver job's next run sends them). A mail whose `dedupeKey`
 * was already used is skipped, as queueEmail skips it. Returns how many were written.
 */
export const queueEmails = async (emails: TEmail[], tx: Tx): Promise<number> => {
  if (!emails.length) return 0;
  const { count } = await tx.email.createMany({ data: emails.map(outboxRow), skipDuplicates: true });
  return count;
};

// The outbox keeps addresses lower-case (as Customer does), whichever way the mail was queued.
function outboxRow(email: TEmail): TEmail {
  return { ...email, to: email.to.toLowerCase() };
}
