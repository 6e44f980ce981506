import "server-only";
import { db } from "@/lib/db";
import { machineNow } from "@/lib/clock";
import { capturable } from "@/lib/domain/charge-status";
import { addDays } from "@/lib/domain/periods";
import { renderEmail, type TEmailFacts } from "@/lib/email/render-email";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { queueEmail } from "@/lib/server/email/queue-email";

/**
 * Warns before reservations reach their capture deadline (180 days in Norway, 14 for MobilePay),
 * after which Vipps releases the money: each charge within the merchant's captureWarningDays gets
 * captureWarnedAt and an audit entry once, and the merchant's support address one email a run.
 * Every merchant in turn (the run is the system's), deadlines counted from `ctx.now`.
 */
export const warnCaptureDeadlines = async (ctx: TServerContext, options: { limit?: number } = {}) => {
  const at = ctx.now;
  const merchants = await db.merchant.findMany({
    select: { id: true, name: true, supportEmail: true, captureWarningDays: true },
  });
  let warned = 0;
  for (const merchant of merchants) {
    const charges = await db.charge.findMany({
      where: {
        status: { in: ["RESERVED", "PARTIALLY_CAPTURED"] },
        captureWarnedAt: null,
        captureDeadline: { gt: at, lte: addDays(at, Math.max(0, merchant.captureWarningDays)) },
        agreement: { merchantId: merchant.id },
      },
      include: { agreement: { select: { customerId: true, productName: true } } },
      orderBy: { captureDeadline: "asc" },
      take: options.limit ?? 500,
    });
    const lines: TEmailFacts["capture-warning"]["lines"] = [];
    for (const charge of charges) {
      const deadline = charge.captureDeadline!.toISOString().slice(0, 16).replace("T", " ");
      // The claim and its audit entry commit together, so a warning is never claimed unlogged.
      const warnedNow = await db.$transaction(async (tx) => {
        const claimed = await tx.charge.updateMany({
          where: { id: charge.id, captureWarnedAt: null },
          data: { captureWarnedAt: machineNow() },
        });
        if (claimed.count === 0) return false;
        await recordAudit(
          { ...ctx, merchantId: merchant.id },
          {
            action: "charge.capture-deadline-warning",
            target: { type: "charge", id: charge.id },
            customerId: charge.agreement.customerId,
            agreementId: charge.agreementId,
            chargeId: charge.id,
            orderId: charge.orderId,
            reason: `Reserved money must be captured by ${deadline} UTC, or Vipps MobilePay releases it`,
            after: { captureDeadline: charge.captureDeadline, capturable: capturable(charge) },
          },
          tx,
        );
        return true;
      });
      if (!warnedNow) continue;
      lines.push({
        orderId: charge.orderId,
        product: charge.agreement.productName,
        amount: capturable(charge),
        currency: charge.currency,
        deadline: charge.captureDeadline!.toISOString(),
      });
      warned++;
    }
    if (lines.length && merchant.supportEmail) {
      // To the shop's staff, in the back office's language (English).
      const facts = { appUrl: env().APP_URL, name: null, shop: merchant.name, contact: null, lines };
      await queueEmail({
        to: merchant.supportEmail,
        kind: "capture-warning",
        locale: "en",
        ...renderEmail("capture-warning", "en", facts),
      });
    }
  }
  return { warned };
};
