import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { capturable } from "@/lib/domain/charge-status";
import { formatMoney } from "@/lib/domain/money";
import { addDays } from "@/lib/domain/periods";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { queueEmail } from "@/lib/server/email/queue-email";

/**
 * Warns before reservations reach their capture deadline (180 days in Norway, 14 for MobilePay),
 * after which Vipps releases the money: each charge within the merchant's captureWarningDays gets
 * captureWarnedAt and an audit entry once, and the merchant's support address one email a run.
 */
export const warnCaptureDeadlines = async (options: { limit?: number } = {}) => {
  const at = await now();
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
    const lines: string[] = [];
    for (const charge of charges) {
      const left = formatMoney(capturable(charge), charge.currency, "en-GB");
      const deadline = charge.captureDeadline!.toISOString().slice(0, 16).replace("T", " ");
      // The claim and its audit entry commit together, so a warning is never claimed unlogged.
      const warnedNow = await db.$transaction(async (tx) => {
        const claimed = await tx.charge.updateMany({
          where: { id: charge.id, captureWarnedAt: null },
          data: { captureWarnedAt: new Date() },
        });
        if (claimed.count === 0) return false;
        await recordAudit(
          {
            actor: { type: "SYSTEM" },
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
      lines.push(
        `- ${charge.orderId} (${charge.agreement.productName}): ${left} to capture by ${deadline} UTC`,
      );
      warned++;
    }
    if (lines.length && merchant.supportEmail) {
      await queueEmail({
        to: merchant.supportEmail,
        kind: "capture-warning",
        subject: `${lines.length} reservation${lines.length === 1 ? "" : "s"} must be captured soon`,
        text: [
          `These reserved payments at ${merchant.name} reach their capture deadline soon. Capture them when the order ships (or cancel them); after the deadline Vipps MobilePay releases the money to the customer.`,
          lines.join("\n"),
        ].join("\n\n"),
      });
    }
  }
  return { warned };
};
