import {
  canCancel,
  canCapture,
  canRefund,
  cancel,
  capture,
  failCharge,
  markDue,
  markProcessing,
  refund,
  succeed,
} from "../domain/charge-machine";
import { ceilingViolation, dueViolation, DUE_VISIBLE_DAYS, type Violation } from "../domain/charge-rules";
import { newChargeId, newTransactionId } from "../domain/ids";
import { attemptOutcome, MAGIC_REFUND_FAILURES } from "../domain/payment-outcome";
import { batchTimeOfDay, dayNumber, DAY_MS, isoDate, parseIsoDate } from "../domain/time";
import type { Agreement, Charge, Merchant } from "../domain/types";
import type { CreateChargeInput } from "../domain/validation/charges";
import { chargeEvent } from "../webhooks/events";
import { newCharge, scheduleDeadline } from "./charge-setup";
import type { Engine } from "./engine";
import { chargeKey } from "./store";

export const REFUND_WINDOW_DAYS = 365;

/** orderId is unique per MSN across all charges, including bulk items still waiting to be created. */
export function orderIdTaken(engine: Engine, msn: string, orderId: string): boolean {
  return (
    Boolean(engine.store.getCharge(msn, orderId)) ||
    engine.store.pendingBulkOrderIds.has(chargeKey(msn, orderId))
  );
}

export function createCharge(
  engine: Engine,
  merchant: Merchant,
  agreement: Agreement,
  input: CreateChargeInput,
  idempotencyKey: string,
  options: { skipOrderIdCheck?: boolean } = {},
): Charge | Violation {
  const now = engine.now();
  if (agreement.status !== "ACTIVE")
    return {
      status: 400,
      problem: "charge-creation-failed",
      detail: `Cannot create a charge for an agreement with status ${agreement.status}`,
    };
  if (input.type === "UNSCHEDULED" && !merchant.allowUnscheduled)
    return {
      status: 400,
      problem: "unsupported-feature",
      detail: "Cannot create a charge with type 'UNSCHEDULED'",
      field: "type",
    };
  if (input.transactionType === "DIRECT_CAPTURE" && !merchant.directCapture)
    return {
      status: 400,
      problem: "unsupported-feature",
      detail: "DIRECT_CAPTURE is not enabled for this sales unit",
      field: "transactionType",
    };
  const due = input.due ?? isoDate(now);
  if (input.type === "RECURRING") {
    const v = dueViolation(due, now, engine.store.meta.settings.leadDays);
    if (v) return v;
  }
  const dueMs = parseIsoDate(due) ?? now;
  const ceiling = ceilingViolation(agreement, engine.store.chargesOf(agreement.id), input.amount, dueMs);
  if (ceiling) return ceiling;
  if (input.orderId && !options.skipOrderIdCheck && orderIdTaken(engine, merchant.msn, input.orderId))
    return {
      status: 409,
      problem: "conflict",
      detail: `orderId ${input.orderId} has already been used`,
      field: "orderId",
    };
  let id = input.orderId ?? newChargeId();
  while (!input.orderId && engine.store.getCharge(merchant.msn, id)) id = newChargeId();
  const charge = newCharge({
    id,
    msn: merchant.msn,
    agreementId: agreement.id,
    amount: input.amount,
    currency: agreement.pricing.currency,
    description: input.description,
    due,
    type: input.type,
    transactionType: input.transactionType,
    retryDays: input.type === "RECURRING" ? input.retryDays : 0,
    processingMode: input.processingMode,
    externalId: input.externalId ?? null,
    created: now,
    idempotencyKey,
  });
  if (input.type === "UNSCHEDULED") {
    engine.store.addCharge(charge);
    engine.soon({ kind: "unscheduled", ref: `${charge.msn}:${charge.id}` });
    return charge;
  }
  const visibleAt = dueMs - DUE_VISIBLE_DAYS * DAY_MS;
  if (visibleAt <= now) markDue(charge);
  else engine.scheduleCharge(charge, "charge-visible", visibleAt);
  charge.nextAttemptAt = batchTimeOfDay(dayNumber(dueMs));
  engine.scheduleCharge(charge, "charge-attempt", charge.nextAttemptAt);
  engine.store.addCharge(charge);
  return charge;
}

export function markVisible(engine: Engine, charge: Charge): void {
  if (charge.status !== "PENDING") return;
  markDue(charge);
  engine.store.saveCharge(charge);
}

const processKey = (charge: Charge) => `${charge.id}-${charge.agreementId}-ProcessPayment`;

function emitSuccess(engine: Engine, charge: Charge, agreement: Agreement | undefined, at: number): void {
  const type = charge.status === "CHARGED" ? "recurring.charge-captured.v1" : "recurring.charge-reserved.v1";
  engine.emit(chargeEvent(type, charge, agreement, at, { transactionId: charge.transactionId }));
  if (charge.status === "RESERVED") scheduleDeadline(engine, charge);
}

/**
 * One payment attempt in the daily batch (or right after creation for UNSCHEDULED). Failures keep
 * the charge DUE until the last retry day, then FAILED (FACTS §6.2, §7.2).
 */
export function attemptCharge(engine: Engine, charge: Charge): void {
  if (charge.status !== "PENDING" && charge.status !== "DUE") return;
  const agreement = engine.agreementOf(charge);
  if (!agreement || agreement.status !== "ACTIVE") return;
  const now = engine.now();
  const day = dayNumber(now);
  if (charge.status === "PENDING") markDue(charge);
  charge.firstAttemptDay ??= day;
  charge.nextAttemptAt = null;
  const outcome = attemptOutcome(charge, agreement, engine.user(agreement.userPhoneNumber), day);
  if (outcome.kind === "success") {
    succeed(charge, now, processKey(charge), newTransactionId());
    engine.store.saveCharge(charge);
    emitSuccess(engine, charge, agreement, now);
    return;
  }
  if (outcome.kind === "unknown") {
    markProcessing(charge, now + outcome.durationMs);
    engine.scheduleCharge(charge, "charge-unknown-resolves", now + outcome.durationMs);
    engine.store.saveCharge(charge);
    return;
  }
  const dueDay = dayNumber(parseIsoDate(charge.due) ?? now);
  const last =
    charge.type !== "RECURRING" ||
    charge.processingMode === "SINGLE_ATTEMPT" ||
    day >= dueDay + charge.retryDays;
  if (last) {
    failCharge(charge, now, processKey(charge), outcome.reason);
    engine.store.saveCharge(charge);
    engine.emit(
      chargeEvent("recurring.charge-failed.v1", charge, agreement, now, { failureReason: outcome.reason }),
    );
    return;
  }
  charge.nextAttemptAt = batchTimeOfDay(day + 1);
  engine.scheduleCharge(charge, "charge-attempt", charge.nextAttemptAt);
  engine.store.saveCharge(charge);
}

export function resolveUnknown(engine: Engine, charge: Charge): void {
  if (charge.status !== "PROCESSING") return;
  const now = engine.now();
  succeed(charge, now, processKey(charge), newTransactionId());
  engine.store.saveCharge(charge);
  emitSuccess(engine, charge, engine.agreementOf(charge), now);
}

/** Reservations not captured by the deadline are released automatically. */
export function reservationDeadline(engine: Engine, charge: Charge, at: number): void {
  if (charge.status !== "RESERVED" && charge.status !== "PARTIALLY_CAPTURED") return;
  const merchant = engine.store.merchants.get(charge.msn);
  const deadline = (charge.reservedAt ?? 0) + (merchant?.captureDeadlineDays ?? 180) * DAY_MS;
  if (at < deadline) return;
  cancel(charge, at, `${charge.id}-${charge.agreementId}-ReservationExpired`);
  engine.store.saveCharge(charge);
  engine.emit(
    chargeEvent("recurring.charge-canceled.v1", charge, engine.agreementOf(charge), at, {
      transactionId: newTransactionId(),
    }),
  );
}

function pastDeadline(engine: Engine, charge: Charge): boolean {
  if (charge.reservedAt === null) return false;
  const merchant = engine.store.merchants.get(charge.msn);
  return engine.now() >= charge.reservedAt + (merchant?.captureDeadlineDays ?? 180) * DAY_MS;
}

export function cancelCharge(engine: Engine, charge: Charge, idempotencyKey: string): Violation | null {
  const check = canCancel(charge);
  if (!check.ok) return { status: 400, problem: "cancel-charge-failed", detail: check.reason };
  if (pastDeadline(engine, charge))
    return {
      status: 400,
      problem: "cancel-charge-failed",
      detail: "The reservation has expired and cannot be cancelled",
    };
  const now = engine.now();
  const hadMoney = charge.status === "RESERVED" || charge.status === "PARTIALLY_CAPTURED";
  cancel(charge, now, idempotencyKey);
  engine.store.saveCharge(charge);
  engine.emit(
    chargeEvent("recurring.charge-canceled.v1", charge, engine.agreementOf(charge), now, {
      transactionId: hadMoney ? newTransactionId() : null,
    }),
  );
  return null;
}

export function captureCharge(
  engine: Engine,
  charge: Charge,
  amount: number,
  idempotencyKey: string,
): Violation | null {
  const check = canCapture(charge, amount);
  if (!check.ok)
    return { status: 400, problem: "charge-capture-failed", detail: check.reason, field: "amount" };
  if (pastDeadline(engine, charge))
    return {
      status: 400,
      problem: "charge-capture-failed",
      detail: "The reservation has expired and can no longer be captured",
    };
  const now = engine.now();
  capture(charge, amount, now, idempotencyKey);
  engine.store.saveCharge(charge);
  engine.emit(
    chargeEvent("recurring.charge-captured.v1", charge, engine.agreementOf(charge), now, {
      transactionId: newTransactionId(),
    }),
  );
  return null;
}

export function refundCharge(
  engine: Engine,
  charge: Charge,
  amount: number,
  idempotencyKey: string,
): Violation | null {
  const magic = MAGIC_REFUND_FAILURES[amount];
  if (magic) return { status: 400, problem: "operation-failed", detail: magic };
  // Money cannot go back to a deleted profile: the real case behind magic refund amount 123.
  const agreement = engine.store.agreements.get(charge.agreementId);
  if (engine.user(agreement?.userPhoneNumber ?? null)?.deletedAt != null)
    return { status: 400, problem: "operation-failed", detail: MAGIC_REFUND_FAILURES[123]! };
  const check = canRefund(charge, amount);
  if (!check.ok) return { status: 400, problem: "operation-failed", detail: check.reason, field: "amount" };
  const now = engine.now();
  if (charge.capturedAt !== null && now > charge.capturedAt + REFUND_WINDOW_DAYS * DAY_MS)
    return {
      status: 400,
      problem: "operation-failed",
      detail: `Refund is not possible more than ${REFUND_WINDOW_DAYS} days after capture`,
    };
  refund(charge, amount, now, idempotencyKey);
  engine.store.saveCharge(charge);
  engine.emit(
    chargeEvent("recurring.charge-refunded.v1", charge, engine.agreementOf(charge), now, {
      transactionId: newTransactionId(),
    }),
  );
  return null;
}
