import "server-only";
import { SHOP_LOOK_SELECT, shopLookOf } from "@/lib/domain/shop-look";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/email/render-email";
import { env } from "@/lib/env";
import { preferredLocale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import type { TServerContext } from "@/lib/server/context/server-context";
import { queueEmail } from "@/lib/server/email/queue-email";
import { signInEmailAllowed } from "./sign-in-limits";

/**
 * Sends a customer's one-time sign-in link. Addresses that belong to no customer (or to staff,
 * who sign in with a password) get nothing, and the page says the same either way, so the form
 * cannot be used to find out who is a customer. Sent before anyone is signed in (the context's actor
 * is the system), to customers of the context's merchant, in the customer's own language.
 */
export const sendSignInLink = async (ctx: TServerContext, email: string, url: string): Promise<void> => {
  // Auth.js builds the link from AUTH_URL, pinned to APP_URL (lib/auth.ts), but Next names a
  // loopback host "localhost" whatever APP_URL says (127.0.0.1). Only the path and the token are
  // Auth.js's: the host is always APP_URL's, so no request header can ever choose it.
  const given = new URL(url);
  const link = new URL(given.pathname + given.search, env().APP_URL).toString();
  if (given.origin !== new URL(env().APP_URL).origin)
    logger.warn({ linkOrigin: given.origin }, "sign-in link built on another origin; sent on APP_URL");
  const [customer, staff] = await Promise.all([
    db.customer.findFirst({
      where: { email, merchantId: ctx.merchantId },
      select: {
        id: true,
        name: true,
        locale: true,
        merchant: { select: { name: true, defaultLocale: true, ...SHOP_LOOK_SELECT } },
      },
    }),
    db.user.findFirst({ where: { email, role: { not: "CUSTOMER" } }, select: { id: true } }),
  ]);
  if (!customer || staff) {
    logger.info({ known: Boolean(customer), staff: Boolean(staff) }, "sign-in link not sent");
    return;
  }
  // A form anyone can post must not become a way to flood someone's inbox (same answer either way).
  if (!(await signInEmailAllowed(email))) {
    logger.warn({ customerId: customer.id }, "sign-in link not sent: this recipient's hourly share is used");
    return;
  }
  const locale = preferredLocale(customer.locale, customer.merchant.defaultLocale);
  const { name: shop } = customer.merchant;
  const look = shopLookOf(customer.merchant);
  const facts = { appUrl: env().APP_URL, name: customer.name, shop, contact: null, url: link, look };
  await queueEmail({
    to: email,
    kind: "sign-in-link",
    customerId: customer.id,
    locale,
    ...renderEmail("sign-in-link", locale, facts),
  });
};
