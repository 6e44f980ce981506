import { isoDateTime } from "../domain/time";
import type { Actor, Agreement, Charge } from "../domain/types";

export const AGREEMENT_EVENTS = [
  "recurring.agreement-activated.v1",
  "recurring.agreement-rejected.v1",
  "recurring.agreement-stopped.v1",
  "recurring.agreement-expired.v1",
] as const;

export const CHARGE_EVENTS = [
  "recurring.charge-reserved.v1",
  "recurring.charge-captured.v1",
  "recurring.charge-canceled.v1",
  "recurring.charge-refunded.v1",
  "recurring.charge-failed.v1",
  "recurring.charge-creation-failed.v1",
] as const;

export type AgreementEventType = (typeof AGREEMENT_EVENTS)[number];
export type ChargeEventType = (typeof CHARGE_EVENTS)[number];
export const RECURRING_EVENTS: readonly string[] = [...AGREEMENT_EVENTS, ...CHARGE_EVENTS];

export type EventPayload = Record<string, unknown> & { msn: string; eventType: string };

// Flat payloads without a `status` field: the event type is the status (FACTS §9).
export function agreementEvent(
  type: AgreementEventType,
  agreement: Agreement,
  occurred: number,
  actor: Actor | null,
): EventPayload {
  return {
    msn: agreement.msn,
    agreementId: agreement.id,
    agreementUUID: agreement.uuid,
    agreementExternalId: agreement.externalId ?? null,
    eventType: type,
    occurred: isoDateTime(occurred),
    actor,
  };
}

export type ChargeEventExtras = {
  transactionId?: string | null;
  failureCode?: string | null;
  failureReason?: string | null;
};

export function chargeEvent(
  type: ChargeEventType,
  charge: Pick<
    Charge,
    | "msn"
    | "agreementId"
    | "id"
    | "externalId"
    | "type"
    | "amount"
    | "currency"
    | "captured"
    | "cancelled"
    | "refunded"
  >,
  agreement: Pick<Agreement, "externalId"> | undefined,
  occurred: number,
  extras: ChargeEventExtras = {},
): EventPayload {
  return {
    msn: charge.msn,
    agreementId: charge.agreementId,
    agreementExternalId: agreement?.externalId ?? null,
    chargeId: charge.id,
    chargeExternalId: charge.externalId ?? charge.id,
    chargeType: charge.type,
    eventType: type,
    occurred: isoDateTime(occurred),
    amount: charge.amount,
    currency: charge.currency,
    amountCaptured: charge.captured,
    amountCanceled: charge.cancelled,
    amountRefunded: charge.refunded,
    failureCode: extras.failureCode ?? null,
    failureReason: extras.failureReason ?? null,
    transactionId: extras.transactionId ?? null,
  };
}
