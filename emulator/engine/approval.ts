import { createHash } from "node:crypto";
import { activate, expire } from "../domain/agreement-machine";
import { failCharge, succeed } from "../domain/charge-machine";
import { buildTestUser } from "../domain/defaults";
import { newTransactionId } from "../domain/ids";
import { attemptOutcome } from "../domain/payment-outcome";
import { dayNumber } from "../domain/time";
import type { Agreement, TestUser } from "../domain/types";
import { refusedForAge } from "../domain/user-rules";
import { agreementEvent, chargeEvent } from "../webhooks/events";
import { rejectAgreement } from "./agreement-ops";
import { scheduleDeadline } from "./charge-setup";
import type { Engine } from "./engine";

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
  if (user?.deletedAt != null) return `${phoneNumber} has no Vipps profile (it was deleted)`;
  if (user && user.market !== agreement.countryCode)
    return `Test user ${phoneNumber} belongs to ${user.market}; this sales unit is in ${agreement.countryCode}`;
  return null;
}

export type ApprovalResult = "activated" | "refused-under-18" | "expired-initial-charge-failed";

/** The user approves in the app (or force accept): initial charge first, then activation (FACTS §5.2, §7.6). */
export function approveAgreement(
  engine: Engine,
  agreement: Agreement,
  phoneNumber: string,
  maxAmount?: number,
): ApprovalResult {
  const now = engine.now();
  const user = ensureUser(engine, phoneNumber, agreement.countryCode);
  // Since 9 Dec 2025 the app refuses and tells the user why; the merchant is told nothing (GDPR), so
  // the agreement stays PENDING and expires after its 10 minutes ("may receive agreement-expired").
  if (refusedForAge(user, now)) return "refused-under-18";
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
