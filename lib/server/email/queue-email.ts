import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export type TEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
  customerId?: string;
  userId?: string;
};

/**
 * Stores the mail and sends it through SMTP when SMTP_URL is set. Without SMTP it stays in the
 * table only, where the dev mailbox (/dev/mailbox, DEMO_MODE) shows it.
 */
export const queueEmail = async (email: TEmail): Promise<{ id: string }> => {
  const row = await db.email.create({ data: { ...email, to: email.to.toLowerCase() }, select: { id: true } });
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) return row;
  try {
    const { createTransport } = await import("nodemailer");
    await createTransport(smtpUrl).sendMail({
      from: env().MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
    });
    await db.email.update({ where: { id: row.id }, data: { sentAt: new Date() } });
  } catch (error) {
    logger.error({ err: error, kind: email.kind }, "sending email failed");
    await db.email.update({ where: { id: row.id }, data: { error: String(error) } });
  }
  return row;
};
