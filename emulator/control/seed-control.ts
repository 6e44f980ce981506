import type { App } from "../app";
import { PENDING_LIFETIME_MS } from "../domain/agreement-machine";
import { DEFAULT_TEST_PHONE } from "../domain/defaults";
import { newAgreementId, newOpaqueToken, newUuid } from "../domain/ids";
import type { Agreement, AgreementStatus, Period, Pricing } from "../domain/types";
import { PERIOD_UNITS } from "../domain/validation/common";
import type { Reply } from "../http/reply";
import { ControlError, ok, optionalNumber, optionalString, type ControlRequest } from "./control-util";

const MAX_SEED = 500_000;

/**
 * Bulk seeding for benchmarks: agreements straight into the store (no validation round trips, no
 * webhooks), journaled like any other write, then a snapshot so the benchmark starts clean.
 */
export async function seedAgreements(app: App, req: ControlRequest): Promise<Reply> {
  const { store } = app.engine;
  const b = req.body;
  const msn = optionalString(b, "msn") ?? "123456";
  const merchant = store.merchants.get(msn);
  if (!merchant) throw new ControlError(`no merchant ${msn}`, 404);
  const count = optionalNumber(b, "count", { min: 1, max: MAX_SEED, integer: true }) ?? 1;
  const status = (optionalString(b, "status") ?? "ACTIVE") as AgreementStatus;
  if (!["ACTIVE", "PENDING", "STOPPED", "EXPIRED"].includes(status))
    throw new ControlError("status must be ACTIVE, PENDING, STOPPED or EXPIRED");
  const pricingIn = (b.pricing ?? {}) as Record<string, unknown>;
  const type = (pricingIn.type as Pricing["type"] | undefined) ?? "LEGACY";
  const pricing: Pricing =
    type === "VARIABLE"
      ? {
          type,
          currency: merchant.currency,
          suggestedMaxAmount: Number(pricingIn.suggestedMaxAmount ?? 50_000),
          maxAmount: Number(pricingIn.suggestedMaxAmount ?? 50_000),
        }
      : type === "FLEXIBLE"
        ? { type, currency: merchant.currency }
        : { type: "LEGACY", currency: merchant.currency, amount: Number(pricingIn.amount ?? 29_900) };
  const intervalIn = b.interval as Period | null | undefined;
  const interval: Period | null =
    intervalIn === null
      ? null
      : intervalIn && PERIOD_UNITS.includes(intervalIn.unit)
        ? { unit: intervalIn.unit, count: Number(intervalIn.count) || 1 }
        : { unit: "MONTH", count: 1 };
  const productName = optionalString(b, "productName") ?? "Seeded subscription";
  const phone =
    optionalString(b, "phoneNumber", /^\d{8,15}$/) ?? DEFAULT_TEST_PHONE[merchant.market] ?? "4712345678";
  const user = store.users.get(phone);
  const now = app.engine.now();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    let id = newAgreementId();
    while (store.agreements.has(id)) id = newAgreementId();
    const active = status !== "PENDING";
    const agreement: Agreement = {
      id,
      uuid: newUuid(),
      msn,
      status,
      productName,
      pricing: { ...pricing },
      interval,
      campaign: null,
      created: now,
      start: active ? now : null,
      stop: status === "STOPPED" || status === "EXPIRED" ? now : null,
      merchantAgreementUrl: "https://example.com/agreement",
      merchantRedirectUrl: "https://example.com/redirect",
      countryCode: merchant.market,
      phoneNumber: phone,
      userPhoneNumber: active ? phone : null,
      scope: null,
      sub: null,
      consentAt: null,
      isApp: false,
      skipLandingPage: false,
      confirmationToken: newOpaqueToken(),
      initialChargeId: null,
      stopActor: status === "STOPPED" ? "MERCHANT" : null,
      pendingDecision: null,
    };
    if (user) agreement.userPhoneNumber = active ? user.phoneNumber : null;
    store.addAgreement(agreement);
    if (status === "PENDING") app.engine.scheduler.add(now + PENDING_LIFETIME_MS, "agreement-expiry", id);
    ids.push(id);
  }
  await store.sync();
  await app.compact();
  return ok({ count: ids.length, ids }, 201);
}
