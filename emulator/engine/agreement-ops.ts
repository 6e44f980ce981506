import { expire, PENDING_LIFETIME_MS, reject, stop } from "../domain/agreement-machine";
import type { Violation } from "../domain/charge-rules";
import { cancel } from "../domain/charge-machine";
import { newAgreementId, newChargeId, newOpaqueToken, newTransactionId, newUuid } from "../domain/ids";
import { isoDate } from "../domain/time";
import type { Actor, Agreement, Charge, Merchant } from "../domain/types";
import type { DraftInput } from "../domain/validation/draft-agreement";
import type { PatchInput } from "../domain/validation/patch-agreement";
import { agreementEvent, chargeEvent } from "../webhooks/events";
import { newCharge } from "./charge-setup";
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
