import "server-only";
import { SHOP_LOOK_SELECT, shopLookOf } from "@/lib/domain/shop-look";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/email/render-email";
import { env } from "@/lib/env";
import { preferredLocale } from "@/lib/i18n/locales";
import { logger } from "@/lib/logger";
import { queueEmail } from "@/lib/server/email/queue-email";
import { CLAIM_LINK_MS } from "@/lib/crypto/claim-token";
import type { TServerContext } from "@/lib/server/context/server-context";
import { hitRateLimit } from "@/lib/server/rate-limit";

// Anyone can type an address on a product page: a few of these mails an hour per recipient, in a
// bucket of their own so a stranger's sign-ups cannot use up the owner's sign-in links.
const CLAIM_MAILS_PER_HOUR = 3;

/**
 * Mails the owner of a typed address that a sign-up with it is waiting, with the one link that adds
 * it to their account. Names nothing the person who typed it chose (no name, no phone). The owner is
 * a customer of the context's merchant, mailed in their own language.
 */
export const sendClaimLink = async (
  ctx: TServerContext,
  input: { email: string; token: string; productName: string; customerId: string },
): Promise<void> => {
  const limit = await hitRateLimit(`claim:to:${input.email}`, CLAIM_MAILS_PER_HOUR, 60 * 60_000);
  if (!limit.allowed) {
    logger.warn(
      { customerId: input.customerId },
      "sign-up claim link not sent: this recipient's hourly share is used",
    );
    return;
  }
  const owner = await db.customer.findFirstOrThrow({
    where: { id: input.customerId, merchantId: ctx.merchantId },
    select: { locale: true, merchant: { select: { name: true, defaultLocale: true, ...SHOP_LOOK_SELECT } } },
  });
  // The owner's language; no greeting by name (the mail is about a stranger's sign-up).
  const locale = preferredLocale(owner.locale, owner.merchant.defaultLocale);
  const facts = {
    appUrl: env().APP_URL,
    name: null,
    shop: owner.merchant.name,
    contact: null,
    look: shopLookOf(owner.merchant),
    product: input.productName,
    url: `${env().APP_URL}/subscribe/claim/${input.token}`,
    days: CLAIM_LINK_MS / (24 * 60 * 60_000),
  };
  await queueEmail({
    to: input.email,
    kind: "sign-up-claim",
    customerId: input.customerId,
    locale,
    ...renderEmail("sign-up-claim", locale, facts),
  });
};
