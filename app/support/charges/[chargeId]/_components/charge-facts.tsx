import type { TChargeView } from "@/lib/server/support/get-charge-view";
import { FieldList } from "@/components/support/field-list";
import type { TTranslator } from "@/lib/i18n/translator";
import { day, money, time } from "@/components/support/format";
import { ChargeStatusBadge } from "@/components/support/status-badge";

/** Every field of a charge. */
export function ChargeFacts({ t, charge }: { t: TTranslator; charge: TChargeView["charge"] }) {
  const m = t.m.support.charge.facts;
  const c = charge.currency;
  return (
    <FieldList
      items={[
        [m.status, <ChargeStatusBadge key="s" t={t} status={charge.status} />],
        [
          m.orderId,
          <span key="o" className="font-mono">
            {charge.orderId}
          </span>,
        ],
        [m.aboId, charge.id],
        [m.vippsAgreementId, charge.agreement.vippsAgreementId],
        [m.type, charge.type],
        [m.transactionType, charge.transactionType],
        [m.amount, money(charge.amount, c)],
        [m.captured, money(charge.capturedAmount, c)],
        [m.refunded, money(charge.refundedAmount, c)],
        [m.cancelled, money(charge.cancelledAmount, c)],
        [m.description, charge.description],
        [m.due, day(charge.due)],
        [m.retryDays, charge.retryDays],
        [
          m.period,
          charge.periodIndex === null
            ? null
            : `#${charge.periodIndex}: ${day(charge.periodStart)} – ${day(charge.periodEnd)}`,
        ],
        [m.captureDeadline, day(charge.captureDeadline)],
        [m.failureReason, charge.failureReasonText],
        [m.failureDescription, charge.failureDescription],
        [m.sendState, charge.sendState],
        [m.idempotencyKey, charge.idempotencyKey],
        ["externalId", charge.externalId],
        ["transactionId", charge.transactionId],
        [m.created, time(charge.createdAt)],
        [m.lastRead, time(charge.lastSyncedAt)],
      ]}
    />
  );
}
