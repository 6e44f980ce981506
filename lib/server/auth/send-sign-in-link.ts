import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { queueEmail } from "@/lib/server/email/queue-email";

/**
 * Sends a customer's one-time sign-in link. Addresses that belong to no customer (or to staff,
 * who sign in with a password) get nothing, and the page says the same either way, so the form
 * cannot be used to find out who is a customer.
 */
export const sendSignInLink = async (email: string, url: string): Promise<void> => {
  const [customer, staff] = await Promise.all([
    db.customer.findUnique({ where: { email }, select: { id: true, name: true } }),
    db.user.findFirst({ where: { email, role: { not: "CUSTOMER" } }, select: { id: true } }),
  ]);
  if (!customer || staff) {
    logger.info({ known: Boolean(customer), staff: Boolean(staff) }, "sign-in link not sent");
    return;
  }
  const greeting = customer.name ? `Hi ${customer.name},` : "Hi,";
  await queueEmail({
    to: email,
    kind: "sign-in-link",
    customerId: customer.id,
    subject: "Your sign-in link",
    text: `${greeting}\n\nUse this link to sign in and manage your subscriptions. It works once, for 15 minutes:\n\n${url}\n\nIf you did not ask for it, you can ignore this email.`,
  });
};
