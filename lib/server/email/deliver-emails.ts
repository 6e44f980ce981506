import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { preferredLocale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { renderReceiptPdf } from "@/lib/server/receipts/render-receipt-pdf";

/** Minutes to wait after the 1st, 2nd, … failed attempt; after the last the mail is failed. */
export const RETRY_MINUTES = [1, 5, 15, 60, 240];
// How long an attempt holds a mail: a worker killed mid-send lets another try after this.
const LEASE_MS = 10 * 60_000;

/**
 * Sends what the outbox has due, oldest first (the emails.deliver job, every minute and when a
 * mail is queued). Each mail is claimed before it is sent, so two workers never send it both; a
 * failure is retried after RETRY_MINUTES, and the last one marks it failed with an audit entry on
 * the customer's timeline, where support sees it. Without SMTP_URL nothing is sent (dev mailbox).
 * The whole outbox, every merchant's mail (the job is the system's); `ctx.now` is the run's moment.
 */
export const deliverEmails = async (ctx: TServerContext, options: { limit?: number } = {}) => {
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) return { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  const at = ctx.now;
  const due = await db.email.findMany({
    where: { sentAt: null, failedAt: null, OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: at } }] },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 100,
    select: { id: true, nextAttemptAt: true },
  });
  const counts = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  if (!due.length) return counts;
  const { createTransport } = await import("nodemailer");
  const transport = createTransport(smtpUrl);
  try {
    for (const { id, nextAttemptAt } of due) counts[await deliverOne(ctx, transport, id, nextAttemptAt)]++;
  } finally {
    transport.close();
  }
  return counts;
};

async function deliverOne(
  ctx: TServerContext,
  transport: Transporter,
  id: string,
  seen: Date | null,
): Promise<"sent" | "retrying" | "failed" | "skipped"> {
  const at = ctx.now;
  const claimed = await db.email.updateMany({
    where: { id, sentAt: null, failedAt: null, nextAttemptAt: seen },
    data: { nextAttemptAt: new Date(at.getTime() + LEASE_MS), attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return "skipped"; // another worker has it
  const email = await db.email.findUniqueOrThrow({ where: { id } });
  try {
    await transport.sendMail({
      from: env().MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html ?? undefined,
      attachments: await attachmentsOf(ctx, email),
      headers: { "X-Abo-Email-Id": email.id, "X-Abo-Email-Kind": email.kind },
    });
    await db.email.update({ where: { id }, data: { sentAt: at, error: null, nextAttemptAt: null } });
    return "sent";
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const last = email.attempts > RETRY_MINUTES.length;
    logger[last ? "error" : "warn"](
      { err: error, emailId: id, kind: email.kind, attempt: email.attempts },
      "sending email failed",
    );
    if (!last) {
      const wait = RETRY_MINUTES[email.attempts - 1]! * 60_000;
      await db.email.update({
        where: { id },
        data: { error: message, nextAttemptAt: new Date(at.getTime() + wait) },
      });
      return "retrying";
    }
    const merchantId = await merchantOfEmail(ctx, email);
    await db.$transaction(async (tx) => {
      await tx.email.update({ where: { id }, data: { error: message, failedAt: at, nextAttemptAt: null } });
      await recordAudit(
        { ...ctx, merchantId },
        {
          action: "email.failed",
          target: { type: "email", id },
          customerId: email.customerId,
          agreementId: email.agreementId,
          chargeId: email.chargeId,
          reason: `The "${email.kind}" email to ${email.to} could not be delivered after ${email.attempts} attempts: ${message}`,
          after: { kind: email.kind, to: email.to, attempts: email.attempts, error: message },
        },
        tx,
      );
    });
    return "failed";
  }
}

/**
 * Whose mail it was, for the audit log: the customer's or the agreement's merchant; staff mail
 * (invites, capture warnings) names neither and stays with the run's own merchant.
 */
async function merchantOfEmail(
  ctx: TServerContext,
  email: { customerId: string | null; agreementId: string | null },
): Promise<string> {
  const owner = email.customerId
    ? await db.customer.findUnique({ where: { id: email.customerId }, select: { merchantId: true } })
    : email.agreementId
      ? await db.agreement.findUnique({ where: { id: email.agreementId }, select: { merchantId: true } })
      : null;
  return owner?.merchantId ?? ctx.merchantId;
}

/** A receipt's PDF, rendered when sent: the charge's receipt, and any credit notes issued by then. */
async function attachmentsOf(
  ctx: TServerContext,
  email: { kind: string; chargeId: string | null; customerId: string | null; locale: string | null },
) {
  if (email.kind !== "receipt" || !email.chargeId || !email.customerId) return [];
  // The outbox is every merchant's: the receipt is read as its customer's merchant's.
  const customer = await db.customer.findUnique({
    where: { id: email.customerId },
    select: { merchantId: true },
  });
  if (!customer) return [];
  const pdf = await renderReceiptPdf(
    { ...ctx, merchantId: customer.merchantId },
    {
      chargeId: email.chargeId,
      customerId: email.customerId,
      locale: preferredLocale(email.locale),
    },
  );
  if (!pdf) return [];
  return [
    { filename: `receipt-${email.chargeId}.pdf`, content: Buffer.from(pdf), contentType: "application/pdf" },
  ];
}
