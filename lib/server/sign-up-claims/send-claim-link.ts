import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { queueEmail } from "@/lib/server/email/queue-email";
import { hitRateLimit } from "@/lib/server/rate-limit";

// Anyone can type an address on a product page: a few of these mails an hour per recipient, in a
// bucket of their own so a stranger's sign-ups cannot use up the owner's sign-in links.
const CLAIM_MAILS_PER_HOUR = 3;

/**
 * Mails the owner of a typed address that a sign-up with it is waiting, with the one link that adds
 * it to their account. Names nothing the person who typed it chose (no name, no phone).
 */
export const sendClaimLink = async (input: {
  email: string;
  token: string;
  productName: string;
  customerId: string;
}): Promise<void> => {
  const limit = await hitRateLimit(`claim:to:${input.email}`, CLAIM_MAILS_PER_HOUR, 60 * 60_000);
  if (!limit.allowed) {
    logger.warn(
      { customerId: input.customerId },
      "sign-up claim link not sent: this recipient's hourly share is used",
    );
    return;
  }
  const url = `${env().APP_URL}/subscribe/claim/${input.token}`;
  await queueEmail({
    to: input.email,
    kind: "sign-up-claim",
    customerId: input.customerId,
    subject: `Add ${input.productName} to your account?`,
    text: `Hi,\n\nSomeone started a subscription to ${input.productName} with this email address. If it was you, use this link to add it to your account (it works for 7 days):\n\n${url}\n\nIf it was not you, ignore this email: nothing is added to your account, and nothing is charged to you.`,
  });
};
