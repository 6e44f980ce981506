import type { TChargeView } from "@/lib/server/support/get-charge-view";
import { FieldList } from "@/components/support/field-list";
import { day, money, time } from "@/components/support/format";
import { ChargeStatusBadge } from "@/components/support/status-badge";

/** Every field of a charge. */
export function ChargeFacts({ charge }: { charge: TChargeView["charge"] }) {
  const c = charge.currency;
  return (
    <FieldList
      items={[
        ["Status", <ChargeStatusBadge key="s" status={charge.status} />],
        [
          "orderId (Vipps chargeId)",
          <span key="o" className="font-mono">
            {charge.orderId}
          </span>,
        ],
        ["Abo charge id", charge.id],
        ["Vipps agreement id", charge.agreement.vippsAgreementId],
        ["Type", charge.type],
        ["Transaction type", charge.transactionType],
        ["Amount", money(charge.amount, c)],
        ["Captured", money(charge.capturedAmount, c)],
        ["Refunded", money(charge.refundedAmount, c)],
        ["Cancelled (released)", money(charge.cancelledAmount, c)],
        ["Description (shown to the customer)", charge.description],
        ["Due", day(charge.due)],
        ["Retry days", charge.retryDays],
        [
          "Billing period",
          charge.periodIndex === null
            ? null
            : `#${charge.periodIndex}: ${day(charge.periodStart)} – ${day(charge.periodEnd)}`,
        ],
        ["Capture deadline", day(charge.captureDeadline)],
        ["Failure reason", charge.failureReasonText],
        ["Failure description", charge.failureDescription],
        ["Sent to Vipps", charge.sendState],
        ["Idempotency-Key (create)", charge.idempotencyKey],
        ["externalId", charge.externalId],
        ["transactionId", charge.transactionId],
        ["Created", time(charge.createdAt)],
        ["Last read from Vipps", time(charge.lastSyncedAt)],
      ]}
    />
  );
}
