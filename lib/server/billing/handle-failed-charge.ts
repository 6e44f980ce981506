import "server-only";
import { shopLookOf } from "@/lib/domain/shop-look";
import { brandOf } from "@/components/brand/brand";
import { machineNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { failureReasonOf } from "@/lib/domain/failure-reason";
import { AppError } from "@/lib/errors";
import { renderEmail } from "@/lib/email/render-email";
import { env } from "@/lib/env";
import { LOCALE_OF_MARKET, preferredLocale } from "@/lib/i18n/locales";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { agreementProductName } from "@/lib/server/customer-portal/summarize-agreement";
import { queueEmail } from "@/lib/server/email/queue-email";

/**
 * Dunning for one FAILED charge (the dunning.charge-failed job): first the merchant's policy
 * (dunningStopAfterFailures failed payments in a row stop the agreement, cause FAILED_PAYMENT),
 * then, once per charge, an email telling the customer how to fix it in the Vipps or MobilePay
 * app, and an audit entry support can see. Safe to run again: the stop is skipped once done,
 * and dunningNotifiedAt is claimed before the email, so a charge never mails twice. The charge may
 * be any merchant's (the job is the system's); the mail is in the customer's own language.
 */
export const handleFailedCharge = async (
  ctx: TServerContext,
  chargeId: string,
): Promise<{ stopped: boolean; emailed: boolean } | null> => {
  const charge = await db.charge.findUnique({
    where: { id: chargeId },
    include: {
      agreement: {
        include: {
          merchant: { include: { logo: { select: { hash: true } } } },
          customer: true,
          product: { select: { texts: { select: { locale: true, name: true, description: true } } } },
        },
      },
    },
  });
  if (!charge || charge.status !== "FAILED" || charge.type === "INITIAL" || charge.sendState !== "SENT")
    return null;
  const { agreement } = charge;
  const { merchant } = agreement;
  const limit = merchant.dunningStopAfterFailures;
  let stopped = false;
  if (
    limit !== null &&
    limit > 0 &&
    agreement.status === "ACTIVE" &&
    agreement.consecutiveFailures >= limit
  ) {
    try {
      await stopAgreement(
        { ...ctx, merchantId: agreement.merchantId },
        {
          agreementId: agreement.id,
          cause: "FAILED_PAYMENT",
          reason: `${agreement.consecutiveFailures} failed payments in a row`,
        },
      );
      stopped = true;
    } catch (error) {
      if (!(error instanceof AppError && error.code === "CONFLICT")) throw error;
    }
  }
  const after = await db.agreement.findUniqueOrThrow({
    where: { id: agreement.id },
    select: { status: true, consecutiveFailures: true },
  });

  const claimed = await db.charge.updateMany({
    where: { id: chargeId, dunningNotifiedAt: null },
    data: { dunningNotifiedAt: machineNow() },
  });
  if (claimed.count === 0) return { stopped, emailed: false };
  const customer = agreement.customer;
  // Nothing to fix for a subscription that has ended (the mail about the stop went with the charge that caused it).
  const relevant = after.status === "ACTIVE" || stopped;
  let emailId: string | null = null;
  if (merchant.dunningEmailEnabled && customer?.email && relevant) {
    const locale = preferredLocale(
      customer.locale,
      merchant.defaultLocale,
      LOCALE_OF_MARKET[agreement.market],
    );
    const rendered = renderEmail("dunning", locale, {
      appUrl: env().APP_URL,
      name: customer.name,
      shop: merchant.name,
      contact: merchant.supportEmail ?? merchant.supportPhone,
      look: shopLookOf(merchant),
      product: agreementProductName(agreement, locale),
      agreementId: agreement.id,
      brand: brandOf(agreement.market, ctx.now),
      amount: charge.amount,
      currency: charge.currency,
      due: charge.due?.toISOString() ?? null,
      failures: after.consecutiveFailures,
      stopAfter: limit,
      stopped,
      reason: failureReasonOf(charge.failureReason),
    });
    const queued = await queueEmail({
      ...rendered,
      to: customer.email,
      kind: "dunning",
      locale,
      customerId: customer.id,
      agreementId: agreement.id,
      chargeId,
    });
    emailId = queued?.id ?? null;
  }
  await recordAudit(
    { ...ctx, merchantId: agreement.merchantId },
    {
      action: "charge.dunning",
      target: { type: "charge", id: chargeId },
      customerId: agreement.customerId,
      agreementId: agreement.id,
      chargeId,
      orderId: charge.orderId,
      reason: emailId
        ? "Failed payment: the customer was emailed how to fix it"
        : "Failed payment: no email sent (off, no address, or the subscription had ended)",
      after: {
        failuresInARow: after.consecutiveFailures,
        stopAfter: limit,
        stopped,
        emailId,
        failureReason: charge.failureReason,
      },
    },
  );
  return { stopped, emailed: emailId !== null };
};
