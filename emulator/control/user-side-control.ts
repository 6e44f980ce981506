import { randomUUID } from "node:crypto";
import type { App } from "../app";
import { DEFAULT_TEST_PHONE } from "../domain/defaults";
import { MAX_AMOUNT, MIN_AMOUNT } from "../domain/money";
import type { Agreement, Charge } from "../domain/types";
import { rejectAgreement, stopAgreement } from "../engine/agreement-ops";
import { approvalProblem, approveAgreement } from "../engine/approval";
import { refundCharge } from "../engine/charge-ops";
import { deleteProfile } from "../engine/user-ops";
import type { Reply } from "../http/reply";
import { ControlError, ok, optionalNumber, optionalString, type ControlRequest } from "./control-util";
import { agreementDetails } from "./data-control";

function agreementOf(app: App, req: ControlRequest): Agreement {
  const a = app.engine.store.agreements.get(req.params.id ?? "");
  if (!a) throw new ControlError("agreement not found", 404);
  return a;
}

async function done(app: App, a: Agreement, extra: Record<string, unknown> = {}): Promise<Reply> {
  await app.engine.store.sync();
  return ok({ ...extra, agreement: agreementDetails(app, a) });
}

/** The user approves in the app, at once (the landing page applies its decisions a moment later). */
export async function approve(app: App, req: ControlRequest): Promise<Reply> {
  const a = agreementOf(app, req);
  const phone =
    optionalString(req.body, "phoneNumber", /^\d{8,15}$/) ??
    a.phoneNumber ??
    DEFAULT_TEST_PHONE[a.countryCode] ??
    "4712345678";
  const maxAmount = optionalNumber(req.body, "maxAmount", {
    min: MIN_AMOUNT,
    max: MAX_AMOUNT,
    integer: true,
  });
  const why = approvalProblem(app.engine, a, phone);
  if (why) throw new ControlError(why, 409);
  const result = approveAgreement(app.engine, a, phone, maxAmount);
  return done(app, a, { result });
}

export async function rejectControl(app: App, req: ControlRequest): Promise<Reply> {
  const a = agreementOf(app, req);
  if (a.status !== "PENDING") throw new ControlError(`agreement is ${a.status}, not PENDING`, 409);
  rejectAgreement(app.engine, a);
  return done(app, a);
}

/** The user stops the agreement in the app (actor USER): reservations stay for the merchant. */
export async function userStop(app: App, req: ControlRequest): Promise<Reply> {
  const a = agreementOf(app, req);
  if (a.status !== "ACTIVE") throw new ControlError(`agreement is ${a.status}, not ACTIVE`, 409);
  stopAgreement(app.engine, a, req.body.actor === "ADMIN" ? "ADMIN" : "USER");
  return done(app, a);
}

/** The user changes their own ceiling on a VARIABLE agreement. */
export async function setMaxAmount(app: App, req: ControlRequest): Promise<Reply> {
  const a = agreementOf(app, req);
  if (a.pricing.type !== "VARIABLE") throw new ControlError("only VARIABLE agreements have a maxAmount", 409);
  if (a.status !== "ACTIVE" && a.status !== "PENDING")
    throw new ControlError(`agreement is ${a.status}`, 409);
  const maxAmount = optionalNumber(req.body, "maxAmount", {
    min: MIN_AMOUNT,
    max: MAX_AMOUNT,
    integer: true,
  });
  if (maxAmount === undefined) throw new ControlError("maxAmount is required");
  a.pricing.maxAmount = maxAmount;
  app.engine.store.saveAgreement(a);
  return done(app, a);
}

function findCharge(app: App, req: ControlRequest): Charge {
  const id = req.params.chargeId ?? "";
  const msn = optionalString(req.body, "msn") ?? req.query.get("msn");
  const matches = [...app.engine.store.charges.values()].filter(
    (c) => c.id === id && (!msn || c.msn === msn),
  );
  if (matches.length === 0) throw new ControlError("charge not found", 404);
  if (matches.length > 1) throw new ControlError("several merchants have a charge with this id: give msn");
  return matches[0]!;
}

/** A refund made in the business portal: the API shows it and charge-refunded is sent (FACTS §11.8). */
export async function portalRefund(app: App, req: ControlRequest): Promise<Reply> {
  const charge = findCharge(app, req);
  const amount =
    optionalNumber(req.body, "amount", { min: MIN_AMOUNT, max: MAX_AMOUNT, integer: true }) ??
    charge.captured - charge.refunded;
  const violation = refundCharge(app.engine, charge, amount, `portal-refund-${randomUUID().slice(0, 8)}`);
  if (violation) throw new ControlError(violation.detail, 409);
  await app.engine.store.sync();
  return ok({ chargeId: charge.id, status: charge.status, refunded: charge.refunded });
}

/**
 * The user deletes their Vipps profile: from July 2026 (emulator clock) their ACTIVE agreements
 * stop with actor ADMIN, one agreement-stopped webhook each; earlier, they stop on 1 July 2026.
 */
export async function deleteUser(app: App, req: ControlRequest): Promise<Reply> {
  const phone = req.params.phone ?? "";
  const user = app.engine.store.users.get(phone);
  if (!user) throw new ControlError("user not found", 404);
  const stopped = deleteProfile(app.engine, phone);
  await app.engine.store.sync();
  return ok({ phoneNumber: phone, deletedAt: new Date(user.deletedAt ?? 0).toISOString(), stopped });
}
