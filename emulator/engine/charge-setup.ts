import { DAY_MS } from "../domain/time";
import type { Charge } from "../domain/types";
import type { Engine } from "./engine";

/** A new charge in PENDING with its CREATE history entry. */
export function newCharge(
  fields: Pick<
    Charge,
    | "id"
    | "msn"
    | "agreementId"
    | "amount"
    | "currency"
    | "description"
    | "due"
    | "type"
    | "transactionType"
    | "retryDays"
    | "processingMode"
    | "externalId"
    | "created"
  > & { idempotencyKey: string },
): Charge {
  const { idempotencyKey, ...rest } = fields;
  return {
    ...rest,
    status: "PENDING",
    transactionId: null,
    failureReason: null,
    failureDescription: null,
    captured: 0,
    refunded: 0,
    cancelled: 0,
    history: [
      { occurred: fields.created, event: "CREATE", amount: fields.amount, idempotencyKey, success: true },
    ],
    firstAttemptDay: null,
    nextAttemptAt: null,
    reservedAt: null,
    capturedAt: null,
    processingUntil: null,
  };
}

/** Reservations are released automatically after the merchant's capture deadline. */
export function scheduleDeadline(engine: Engine, charge: Charge): void {
  const merchant = engine.store.merchants.get(charge.msn);
  const days = merchant?.captureDeadlineDays ?? 180;
  engine.scheduleCharge(charge, "reservation-deadline", (charge.reservedAt ?? engine.now()) + days * DAY_MS);
}
