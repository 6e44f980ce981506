import "server-only";
import { db } from "@/lib/db";
import { nextCharge, OPEN_CHARGE_STATUSES } from "@/lib/domain/billing-calendar";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { CALENDAR_SELECT, calendarAgreementOf } from "@/lib/server/agreements/billing-plan";
import type { TServerContext } from "@/lib/server/context/server-context";
import { emailAgreement } from "./email-customer";

/** How many days before a yearly renewal the customer is told (consumer rules expect a notice). */
export const RENEWAL_NOTICE_DAYS = 14;

const OPEN = { status: { in: [...OPEN_CHARGE_STATUSES] }, sendState: { not: "REJECTED" as const } };

/**
 * Tells customers of yearly agreements, RENEWAL_NOTICE_DAYS before the next charge, what will be
 * charged and when (the emails.renewal-notices job, daily). The next charge is the billing
 * calendar's (nextCharge: one already planned at Vipps, else the calendar's first), the one the
 * account page and the mail show. Once per period: the mail's key is the agreement and the charge
 * date, so running again, or on a later day of the window, adds nothing. Every merchant's customers
 * (the job is the system's), each mailed in their own language; the window counts from `ctx.now`.
 */
export const queueRenewalNotices = async (ctx: TServerContext, options: { limit?: number } = {}) => {
  const at = ctx.now;
  const today = toDateOnly(at);
  const last = addDays(today, RENEWAL_NOTICE_DAYS);
  // Candidates only: a charge in the window is either planned already or of a period starting in it.
  const candidates = await db.agreement.findMany({
    where: {
      status: "ACTIVE",
      intervalUnit: "YEAR",
      stopAt: null,
      customer: { email: { not: null } },
      OR: [
        { nextChargeDate: { lte: last } },
        { charges: { some: { ...OPEN, due: { gt: today, lte: last } } } },
      ],
    },
    select: {
      ...CALENDAR_SELECT,
      id: true,
      status: true,
      charges: { where: OPEN, select: { due: true, amount: true, status: true } },
    },
    orderBy: { nextChargeDate: "asc" },
    take: options.limit ?? 1_000,
  });
  let queued = 0;
  for (const agreement of candidates) {
    const next = nextCharge(
      { ...calendarAgreementOf(agreement), status: agreement.status, planned: agreement.charges },
      at,
    );
    if (!next || next.date <= today || next.date > last) continue;
    if (await emailAgreement(ctx, "renewal-notice", agreement.id)) queued++;
  }
  return { queued };
};
