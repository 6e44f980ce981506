import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { emailAgreement } from "./email-customer";

/** How many days before a yearly renewal the customer is told (consumer rules expect a notice). */
export const RENEWAL_NOTICE_DAYS = 14;

/**
 * Tells customers of yearly agreements, RENEWAL_NOTICE_DAYS before the next charge, what will be
 * charged and when (the emails.renewal-notices job, daily). Once per period: the mail's key is the
 * agreement and the charge date, so running again, or on a later day of the window, adds nothing.
 */
export const queueRenewalNotices = async (options: { limit?: number } = {}) => {
  const today = toDateOnly(await now());
  const due = await db.agreement.findMany({
    where: {
      status: "ACTIVE",
      intervalUnit: "YEAR",
      stopAt: null,
      nextChargeDate: { gt: today, lte: addDays(today, RENEWAL_NOTICE_DAYS) },
      customer: { email: { not: null } },
    },
    select: { id: true },
    orderBy: { nextChargeDate: "asc" },
    take: options.limit ?? 1_000,
  });
  let queued = 0;
  for (const { id } of due) if (await emailAgreement("renewal-notice", id)) queued++;
  return { queued };
};
