import type { App } from "../app";
import { buildTestUser } from "../domain/defaults";
import { newUuid, randomAlphanumeric } from "../domain/ids";
import { MARKET_CURRENCY } from "../domain/money";
import type { Agreement, AgreementStatus, Market, Merchant, UserOutcome } from "../domain/types";
import { chargeView, agreementView, confirmationPath } from "../domain/views";
import type { Reply } from "../http/reply";
import {
  ControlError,
  limitParam,
  ok,
  optionalBoolean,
  optionalNumber,
  optionalString,
  type ControlRequest,
} from "./control-util";

/** Lists are bare arrays (newest first); the number of matches before `limit` is in X-Total-Count. */
const list = (items: unknown[], total: number): Reply => ({
  ...ok(items),
  headers: { "X-Total-Count": String(total) },
});

const MARKETS: readonly Market[] = ["NO", "DK", "FI"];
const OUTCOMES: readonly UserOutcome[] = [
  "ok",
  "card_declined",
  "insufficient_funds",
  "under_18",
  "initial_charge_fails",
];

export const listMerchants = (app: App): Reply => ok([...app.engine.store.merchants.values()]);

export async function upsertMerchant(app: App, req: ControlRequest): Promise<Reply> {
  const b = req.body;
  const msn = optionalString(b, "msn", /^\d{4,7}$/);
  if (!msn) throw new ControlError("msn (4-7 digits) is required");
  const existing = app.engine.store.merchants.get(msn);
  const market = (optionalString(b, "market") ?? existing?.market ?? "NO") as Market;
  if (!MARKETS.includes(market)) throw new ControlError("market must be NO, DK or FI");
  const merchant: Merchant = {
    msn,
    market,
    currency: MARKET_CURRENCY[market],
    name: optionalString(b, "name") ?? existing?.name ?? `Test merchant ${msn}`,
    clientId: optionalString(b, "clientId") ?? existing?.clientId ?? `client-${msn}-${randomAlphanumeric(6)}`,
    clientSecret: optionalString(b, "clientSecret") ?? existing?.clientSecret ?? randomAlphanumeric(24),
    subscriptionKey:
      optionalString(b, "subscriptionKey") ??
      existing?.subscriptionKey ??
      randomAlphanumeric(32).toLowerCase(),
    allowUnscheduled: optionalBoolean(b, "allowUnscheduled") ?? existing?.allowUnscheduled ?? false,
    directCapture: optionalBoolean(b, "directCapture") ?? existing?.directCapture ?? true,
    skipLandingPage: optionalBoolean(b, "skipLandingPage") ?? existing?.skipLandingPage ?? false,
    captureDeadlineDays:
      optionalNumber(b, "captureDeadlineDays", { min: 1, max: 3650, integer: true }) ??
      existing?.captureDeadlineDays ??
      (market === "NO" ? 180 : 14),
  };
  const clash = [...app.engine.store.merchants.values()].find(
    (m) =>
      m.msn !== msn && (m.clientId === merchant.clientId || m.subscriptionKey === merchant.subscriptionKey),
  );
  if (clash) throw new ControlError(`clientId or subscriptionKey already belongs to ${clash.msn}`, 409);
  app.engine.store.putMerchant(merchant);
  await app.engine.store.sync();
  return ok(merchant, existing ? 200 : 201);
}

export const listUsers = (app: App): Reply => ok([...app.engine.store.users.values()]);

export async function upsertUser(app: App, req: ControlRequest): Promise<Reply> {
  const b = req.body;
  const phoneNumber = optionalString(b, "phoneNumber", /^\d{8,15}$/);
  if (!phoneNumber) throw new ControlError("phoneNumber (MSISDN, 8-15 digits) is required");
  const existing = app.engine.store.users.get(phoneNumber);
  const market = (optionalString(b, "market") ?? existing?.market ?? "NO") as Market;
  if (!MARKETS.includes(market)) throw new ControlError("market must be NO, DK or FI");
  const outcome = (optionalString(b, "outcome") ?? existing?.outcome ?? "ok") as UserOutcome;
  if (!OUTCOMES.includes(outcome)) throw new ControlError(`outcome must be one of ${OUTCOMES.join(", ")}`);
  const user = buildTestUser({
    phoneNumber,
    market,
    outcome,
    name: optionalString(b, "name") ?? existing?.name ?? `Test User ${phoneNumber.slice(-4)}`,
    email: optionalString(b, "email") ?? existing?.email ?? `user${phoneNumber}@example.com`,
    birthDate:
      optionalString(b, "birthDate", /^\d{4}-\d{2}-\d{2}$/) ??
      existing?.birthDate ??
      (outcome === "under_18" ? "2012-01-01" : "1990-01-01"),
    recoverAfterDays:
      optionalNumber(b, "recoverAfterDays", { min: 0, max: 365, integer: true }) ??
      existing?.recoverAfterDays ??
      3,
    sub: existing?.sub ?? newUuid(),
  });
  app.engine.store.putUser(user);
  await app.engine.store.sync();
  return ok(user, existing ? 200 : 201);
}

export function agreementDetails(app: App, a: Agreement): Record<string, unknown> {
  return {
    ...agreementView(a, app.publicUrl, app.engine.now()),
    msn: a.msn,
    phoneNumber: a.phoneNumber,
    userPhoneNumber: a.userPhoneNumber,
    stopActor: a.stopActor,
    pendingDecision: a.pendingDecision,
    confirmationPageUrl: `${app.publicUrl}${confirmationPath}?v=2&token=${a.confirmationToken}`,
  };
}

export function listAgreementsControl(app: App, req: ControlRequest): Reply {
  const { query } = req;
  const msn = query.get("msn");
  const status = query.get("status") as AgreementStatus | null;
  const phone = query.get("phoneNumber");
  const limit = limitParam(query, 100);
  const offset = Number(query.get("offset") ?? 0) || 0;
  const source = msn
    ? (app.engine.store.agreementsByMsn.get(msn) ?? [])
    : [...app.engine.store.agreements.values()];
  const matching = source.filter(
    (a) =>
      (!status || a.status === status) && (!phone || a.phoneNumber === phone || a.userPhoneNumber === phone),
  );
  const page = matching
    .slice()
    .reverse()
    .slice(offset, offset + limit);
  return list(
    page.map((a) => agreementDetails(app, a)),
    matching.length,
  );
}

export function getAgreementControl(app: App, req: ControlRequest): Reply {
  const a = app.engine.store.agreements.get(req.params.id ?? "");
  if (!a) throw new ControlError("agreement not found", 404);
  return ok({
    ...agreementDetails(app, a),
    charges: app.engine.store.chargesOf(a.id).map((c) => ({ ...chargeView(c, a), msn: c.msn })),
  });
}

/** Vipps forgets the agreement and its charges (its test environment purges data): a GET answers 404. */
export function deleteAgreementControl(app: App, req: ControlRequest): Reply {
  const id = req.params.id ?? "";
  if (!app.engine.store.agreements.has(id)) throw new ControlError("agreement not found", 404);
  app.engine.store.deleteAgreement(id);
  return ok({ deleted: id });
}

export function listChargesControl(app: App, req: ControlRequest): Reply {
  const { query } = req;
  const msn = query.get("msn");
  const agreementId = query.get("agreementId");
  const status = query.get("status");
  const limit = limitParam(query, 100);
  const source = agreementId
    ? app.engine.store.chargesOf(agreementId)
    : [...app.engine.store.charges.values()];
  const matching = source.filter((c) => (!msn || c.msn === msn) && (!status || c.status === status));
  const page = matching.slice(-limit).reverse();
  return list(
    page.map((c) => ({ ...chargeView(c, app.engine.agreementOf(c)), msn: c.msn })),
    matching.length,
  );
}

export function listDeliveries(app: App, req: ControlRequest): Reply {
  const limit = limitParam(req.query, 100);
  const status = req.query.get("status");
  const all = [...app.engine.store.deliveries.values()]
    .filter((d) => !status || d.status === status)
    .sort((a, b) => b.seq - a.seq);
  return list(
    all.slice(0, limit).map((d) => ({
      id: d.id,
      registrationId: d.registrationId,
      url: app.engine.store.webhooks.get(d.registrationId)?.url ?? null,
      msn: d.msn,
      eventType: d.eventType,
      status: d.status,
      attempts: d.attempts,
      lastStatus: d.lastStatus,
      lastError: d.lastError,
      duplicates: d.duplicates,
      createdAt: new Date(d.createdAt).toISOString(),
      deliveredAt: d.deliveredAt === null ? null : new Date(d.deliveredAt).toISOString(),
      nextAttemptAt: d.status === "pending" ? new Date(d.nextAttemptAt).toISOString() : null,
      payload: JSON.parse(d.body) as unknown,
    })),
    all.length,
  );
}

export const listWebhookRegistrations = (app: App): Reply => ok([...app.engine.store.webhooks.values()]);

export function listRequests(app: App, req: ControlRequest): Reply {
  const limit = limitParam(req.query, 100, 5000);
  return ok(
    app.log.list({
      limit,
      pathContains: req.query.get("pathContains") ?? undefined,
      method: req.query.get("method") ?? undefined,
    }),
  );
}

export function stats(app: App): Reply {
  const { store } = app.engine;
  const agreements: Record<string, number> = { PENDING: 0, ACTIVE: 0, STOPPED: 0, EXPIRED: 0 };
  for (const a of store.agreements.values()) agreements[a.status] = (agreements[a.status] ?? 0) + 1;
  const charges: Record<string, number> = {};
  for (const c of store.charges.values()) charges[c.status] = (charges[c.status] ?? 0) + 1;
  const deliveries: Record<string, number> = { pending: 0, delivered: 0, failed: 0, dropped: 0 };
  for (const d of store.deliveries.values()) deliveries[d.status] = (deliveries[d.status] ?? 0) + 1;
  return ok({
    now: new Date(app.engine.now()).toISOString(),
    clockMode: app.engine.clock.mode,
    agreements: { total: store.agreements.size, byStatus: agreements },
    charges: { total: store.charges.size, totalCreated: store.charges.size, byStatus: charges },
    webhooks: {
      registrations: store.webhooks.size,
      pendingDeliveries: app.webhooks.pendingCount,
      byStatus: deliveries,
    },
    scheduledTimers: app.engine.scheduler.size,
    queuedWork: app.engine.soonCount + store.bulkJobs.size,
    requestLogSize: app.log.size,
  });
}
