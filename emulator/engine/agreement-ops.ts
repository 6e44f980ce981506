import { createHash } from "node:crypto";
import { activate, expire, PENDING_LIFETIME_MS, reject, stop } from "../domain/agreement-machine";
import type { Violation } from "../domain/charge-rules";
import { cancel, failCharge, succeed } from "../domain/charge-machine";
import { buildTestUser } from "../domain/defaults";
import { newAgreementId, newChargeId, newOpaqueToken, newTransactionId, newUuid } from "../domain/ids";
import { attemptOutcome } from "../domain/payment-outcome";
import { dayNumber, isoDate } from "../domain/time";
import type { Actor, Agreement, Charge, Merchant, TestUser } from "../domain/types";
import type { DraftInput } from "../domain/validation/draft-agreement";
import type { PatchInput } from "../domain/validation/patch-agreement";
import { agreementEvent, chargeEvent } from "../webhooks/events";
import { orderIdTaken } from "./charge-ops";
import type { Engine } from "./engine";

export function draftAgreement(
  engine: Engine,
  merchant: Merchant,
  input: DraftInput,
  idempotencyKey: string,
): { agreement: Agreement; initialCharge: Charge | null } | Violation {
  const { store } = engine;
  const now = engine.now();
  const orderId = input.initialCharge?.orderId;
  if (orderId && orderIdTaken(engine, merchant.msn, orderId))
    return {
      status: 409,
      problem: "conflict",
      detail: `orderId ${orderId} has already been used`,
      field: "initialCharge.orderId",
    };
  let id = newAgreementId();
  while (store.agreements.has(id)) id = newAgreementId();
  const agreement: Agreement = {
    id,
    uuid: newUuid(),
    msn: merchant.msn,
    status: "PENDING",
    productName: input.productName,
    productDescription: input.productDescription,
    pricing: input.pricing,
    interval: input.interval,
    campaign: input.campaign,
    created: now,
    start: null,
    stop: null,
    merchantAgreementUrl: input.merchantAgreementUrl,
    merchantRedirectUrl: input.merchantRedirectUrl,
    externalId: input.externalId,
    countryCode: input.countryCode,
    phoneNumber: input.phoneNumber,
    userPhoneNumber: null,
    scope: input.scope,
    sub: null,
    consentAt: null,
    isApp: input.isApp,
    skipLandingPage: input.skipLandingPage,
    confirmationToken: newOpaqueToken(),
    initialChargeId: null,
    stopActor: null,
    pendingDecision: null,
  };
  let initialCharge: Charge | null = null;
  if (input.initialCharge) {
    const ic = input.initialCharge;
    let chargeId = ic.orderId ?? newChargeId();
    while (!ic.orderId && store.getCharge(merchant.msn, chargeId)) chargeId = newChargeId();
    initialCharge = newCharge({
      id: chargeId,
      msn: merchant.msn,
      agreementId: id,
      amount: ic.amount,
      currency: merchant.currency,
      description: ic.description,
      due: isoDate(now),
      type: "INITIAL",
      transactionType: ic.transactionType,
      retryDays: 0,
      processingMode: "SINGLE_ATTEMPT",
      externalId: ic.externalId ?? null,
      created: now,
      idempotencyKey,
    });
    agreement.initialChargeId = chargeId;
  }
  store.addAgreement(agreement);
  if (initialCharge) store.addCharge(initialCharge);
  engine.scheduler.add(now + PENDING_LIFETIME_MS, "agreement-expiry", id);
  return { agreement, initialCharge };
}

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

/** A deterministic v4-shaped uuid for phone numbers that are not registered test users. */
function subFor(phoneNumber: string): string {
  const h = createHash("sha256").update(`sub:${phoneNumber}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Unknown numbers are treated as ordinary test users that always succeed. */
export function ensureUser(engine: Engine, phoneNumber: string, market: Agreement["countryCode"]): TestUser {
  const existing = engine.store.users.get(phoneNumber);
  if (existing) return existing;
  const user = buildTestUser({
    phoneNumber,
    name: `Test User ${phoneNumber.slice(-4)}`,
    email: `user${phoneNumber}@example.com`,
    birthDate: "1990-01-01",
    market,
    outcome: "ok",
    recoverAfterDays: 0,
    sub: subFor(phoneNumber),
  });
  engine.store.putUser(user);
  return user;
}

/** Why this user cannot approve this agreement, or null. */
export function approvalProblem(engine: Engine, agreement: Agreement, phoneNumber: string): string | null {
  if (agreement.status !== "PENDING") return `The agreement is ${agreement.status}, not PENDING`;
  const user = engine.store.users.get(phoneNumber);
  if (user && user.market !== agreement.countryCode)
    return `Test user ${phoneNumber} belongs to ${user.market}; this sales unit is in ${agreement.countryCode}`;
  return null;
}

export type ApprovalResult = "activated" | "rejected-under-18" | "expired-initial-charge-failed";

/** The user approves in the app (or force accept): initial charge first, then activation (FACTS §5.2, §7.6). */
export function approveAgreement(
  engine: Engine,
  agreement: Agreement,
  phoneNumber: string,
  maxAmount?: number,
): ApprovalResult {
  const now = engine.now();
  const user = ensureUser(engine, phoneNumber, agreement.countryCode);
  if (user.outcome === "under_18") {
    rejectAgreement(engine, agreement);
    return "rejected-under-18";
  }
  if (agreement.pricing.type === "VARIABLE")
    agreement.pricing.maxAmount = maxAmount ?? agreement.pricing.suggestedMaxAmount;
  const initial = agreement.initialChargeId
    ? engine.store.getCharge(agreement.msn, agreement.initialChargeId)
    : undefined;
  let initialSucceeded = false;
  if (initial && initial.status === "PENDING") {
    initial.firstAttemptDay = dayNumber(now);
    const key = `${initial.id}-${agreement.id}-ProcessPayment`;
    const outcome = attemptOutcome(initial, agreement, user, dayNumber(now));
    if (outcome.kind === "fail") {
      failCharge(initial, now, key, outcome.reason);
      expire(agreement, now);
      engine.store.saveCharge(initial);
      engine.store.saveAgreement(agreement);
      engine.emit(
        chargeEvent("recurring.charge-failed.v1", initial, agreement, now, { failureReason: outcome.reason }),
      );
      engine.emit(agreementEvent("recurring.agreement-expired.v1", agreement, now, null));
      return "expired-initial-charge-failed";
    }
    // An unknown result (magic amount 201) is treated as a success for initial charges.
    succeed(initial, now, key, newTransactionId());
    initialSucceeded = true;
  }
  activate(agreement, now, phoneNumber, user.sub);
  engine.store.saveAgreement(agreement);
  engine.emit(agreementEvent("recurring.agreement-activated.v1", agreement, now, "USER"));
  if (initial && initialSucceeded) {
    engine.store.saveCharge(initial);
    const type =
      initial.status === "CHARGED" ? "recurring.charge-captured.v1" : "recurring.charge-reserved.v1";
    engine.emit(chargeEvent(type, initial, agreement, now, { transactionId: initial.transactionId }));
    if (initial.status === "RESERVED") scheduleDeadline(engine, initial);
  }
  return "activated";
}

export function scheduleDeadline(engine: Engine, charge: Charge): void {
  const merchant = engine.store.merchants.get(charge.msn);
  const days = merchant?.captureDeadlineDays ?? 180;
  engine.scheduleCharge(
    charge,
    "reservation-deadline",
    (charge.reservedAt ?? engine.now()) + days * 86_400_000,
  );
}

/** Cancels a never-activated agreement's initial charge quietly: no money moved, no webhook. */
function dropInitialCharge(engine: Engine, agreement: Agreement, at: number): void {
  const initial = agreement.initialChargeId
    ? engine.store.getCharge(agreement.msn, agreement.initialChargeId)
    : undefined;
  if (initial?.status === "PENDING") {
    cancel(initial, at, `${initial.id}-${agreement.id}-CancelCharge`);
    engine.store.saveCharge(initial);
  }
}

export function rejectAgreement(engine: Engine, agreement: Agreement): void {
  const now = engine.now();
  reject(agreement, now);
  dropInitialCharge(engine, agreement, now);
  engine.store.saveAgreement(agreement);
  engine.emit(agreementEvent("recurring.agreement-rejected.v1", agreement, now, "USER"));
}

export function expireAgreement(engine: Engine, agreement: Agreement): void {
  const now = engine.now();
  expire(agreement, now);
  dropInitialCharge(engine, agreement, now);
  engine.store.saveAgreement(agreement);
  engine.emit(agreementEvent("recurring.agreement-expired.v1", agreement, now, null));
}

/**
 * Merchant (and admin) stops cancel PENDING, DUE and RESERVED charges; a user stop leaves
 * reservations for the merchant to capture or cancel (FACTS §5.2).
 */
export function stopAgreement(
  engine: Engine,
  agreement: Agreement,
  actor: Actor,
  idempotencyKey?: string,
): void {
  const now = engine.now();
  stop(agreement, now, actor);
  engine.store.saveAgreement(agreement);
  engine.emit(agreementEvent("recurring.agreement-stopped.v1", agreement, now, actor));
  const cancellable =
    actor === "USER" ? ["PENDING", "DUE"] : ["PENDING", "DUE", "RESERVED", "PARTIALLY_CAPTURED"];
  for (const charge of engine.store.chargesOf(agreement.id)) {
    if (!cancellable.includes(charge.status)) continue;
    const hadMoney = charge.status === "RESERVED" || charge.status === "PARTIALLY_CAPTURED";
    cancel(charge, now, idempotencyKey ?? `${charge.id}-${agreement.id}-CancelCharge`);
    engine.store.saveCharge(charge);
    engine.emit(
      chargeEvent("recurring.charge-canceled.v1", charge, agreement, now, {
        transactionId: hadMoney ? newTransactionId() : null,
      }),
    );
  }
}

export function patchAgreement(engine: Engine, agreement: Agreement, input: PatchInput): void {
  if (input.productName !== undefined) agreement.productName = input.productName;
  if (input.productDescription !== undefined) agreement.productDescription = input.productDescription;
  if (input.merchantAgreementUrl !== undefined) agreement.merchantAgreementUrl = input.merchantAgreementUrl;
  if (input.externalId !== undefined) agreement.externalId = input.externalId;
  if (input.amount !== undefined) agreement.pricing.amount = input.amount;
  // The user is not notified of a new suggestedMaxAmount; their own maxAmount stays.
  if (input.suggestedMaxAmount !== undefined) agreement.pricing.suggestedMaxAmount = input.suggestedMaxAmount;
  if (input.interval !== undefined) agreement.interval = input.interval;
  engine.store.saveAgreement(agreement);
}

/** Applies a landing-page decision, a moment after the user made it. */
export function applyDecision(engine: Engine, agreement: Agreement): void {
  const decision = agreement.pendingDecision;
  if (!decision) return;
  agreement.pendingDecision = null;
  if (agreement.status !== "PENDING") return void engine.store.saveAgreement(agreement);
  if (decision.decision === "reject") rejectAgreement(engine, agreement);
  else if (approvalProblem(engine, agreement, decision.phoneNumber) === null)
    approveAgreement(engine, agreement, decision.phoneNumber, decision.maxAmount);
  else engine.store.saveAgreement(agreement);
}
