// Webhooks within the server context's merchant (issue 16): a context of merchant A cannot check or
// register merchant B's webhook, its repair job passes B's units by, and a stored event naming B's
// agreement is "no such agreement" to A's appliers and changes nothing of B's. The drain applies each
// event in a context of the merchant whose row it names, so B's stop still reaches B's agreement.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Agreement, WebhookEvent } from "@/lib/generated/prisma/client";
import type { TActor } from "@/lib/server/actor";
import { applyVippsAgreements } from "@/lib/server/agreements/apply-vipps-agreements";
import { systemContext } from "@/lib/server/context/build-context";
import type { TServerContext } from "@/lib/server/context/server-context";
import { saveSalesUnit } from "@/lib/server/merchant/create-sales-unit";
import { applyStoredEvents } from "@/lib/server/webhooks/apply-stored-events";
import { applyWebhookEvents } from "@/lib/server/webhooks/apply-webhook-events";
import { checkWebhook } from "@/lib/server/webhooks/check-webhook";
import { ensureAllWebhooks } from "@/lib/server/webhooks/ensure-all-webhooks";
import { ensureWebhookRegistered } from "@/lib/server/webhooks/ensure-webhook";
import { createMerchant, emulator, EMULATOR_MERCHANTS } from "../factories";
import { testContext } from "../shared/server-context";

const admin: TActor = { type: "STAFF", id: "staff-a", email: "admin@a.test", role: "ADMIN" };
const NOT_FOUND = { code: "NOT_FOUND" };
const URL_B = "http://127.0.0.1:9/api/webhooks/vipps";

let ctxA: TServerContext;
let unitB: { id: string };
let agreementB: Agreement;
let eventB: WebhookEvent;

beforeAll(async () => {
  // Merchant A is the installation's (created first).
  await createMerchant();
  ctxA = await testContext({ actor: admin });
  // Merchant B: a production unit on the emulator's DK merchant (A has its test units), with a
  // webhook of its own and an ACTIVE agreement that Vipps has STOPPED (a deleted profile).
  const b = await db.merchant.create({ data: { name: "Butikk B", activeEnvironment: "PRODUCTION" } });
  const dk = EMULATOR_MERCHANTS.DK;
  unitB = await saveSalesUnit(await systemContext({ merchantId: b.id }), {
    name: "B prod",
    environment: "PRODUCTION",
    market: "DK",
    currency: dk.currency,
    msn: dk.msn,
    baseUrl: emulator.baseUrl,
    clientId: dk.clientId,
    clientSecret: dk.clientSecret,
    subscriptionKey: dk.subscriptionKey,
  });
  await db.salesUnit.update({ where: { id: unitB.id }, data: { webhookId: "whk-b", webhookUrl: URL_B } });
  const { ids } = await emulator.seedAgreements({ msn: dk.msn, count: 1, status: "STOPPED" });
  agreementB = await db.agreement.create({
    data: {
      merchantId: b.id,
      salesUnitId: unitB.id,
      vippsAgreementId: ids[0],
      status: "ACTIVE",
      market: "DK",
      currency: "DKK",
      pricingType: "LEGACY",
      amount: 9_900,
      intervalUnit: "MONTH",
      intervalCount: 1,
      productName: "B-avisen",
      transactionType: "DIRECT_CAPTURE",
      retryDays: 2,
      externalId: "scope-b",
      returnToken: "rt-scope-b",
      draftIdempotencyKey: "agr-scope-b",
      activatedAt: new Date("2030-09-01T00:00:00Z"),
    },
  });
  const payload = {
    msn: dk.msn,
    eventType: "recurring.agreement-stopped.v1",
    agreementId: ids[0],
    occurred: "2030-10-01T09:59:00Z",
    actor: "ADMIN",
  };
  eventB = await db.webhookEvent.create({
    data: {
      identity: "scope-b-stop",
      eventType: payload.eventType,
      agreementId: ids[0],
      actor: "ADMIN",
      payload,
    },
  });
}, 60_000);

const unitBNow = () => db.salesUnit.findUniqueOrThrow({ where: { id: unitB.id } });
const agreementBNow = () => db.agreement.findUniqueOrThrow({ where: { id: agreementB.id } });

describe("webhooks of another merchant", () => {
  it("are not found to check or register, and the repair job passes them by", async () => {
    await expect(checkWebhook(ctxA, unitB.id)).rejects.toMatchObject(NOT_FOUND);
    await expect(ensureWebhookRegistered(ctxA, unitB.id, { url: URL_B })).rejects.toMatchObject(NOT_FOUND);
    await ensureAllWebhooks(ctxA);
    expect(await unitBNow()).toMatchObject({
      webhookId: "whk-b",
      webhookUrl: URL_B,
      webhookProblem: null,
      webhookCheckedAt: null,
    });
    expect(await db.auditEvent.count({ where: { targetId: unitB.id } })).toBe(0);
  });

  it("name no agreement to A's appliers, which change nothing of B's", async () => {
    const [outcome] = await applyWebhookEvents(ctxA, [eventB]);
    expect(outcome).toMatchObject({ id: eventB.id, applied: true, note: "No such agreement in Abo" });
    const remote = { id: agreementB.vippsAgreementId!, status: "STOPPED" as const, productName: "B-avisen" };
    const [result] = await applyVippsAgreements(
      ctxA,
      [{ agreement: agreementB, remote: { ...remote, pricing: { currency: "DKK" } }, actor: "ADMIN" }],
      "webhook",
    );
    // Not updated as A's, then not found when read again as A's.
    expect(result).toHaveProperty("error");
    expect(await agreementBNow()).toMatchObject({ status: "ACTIVE", stopCause: null, lastSyncedAt: null });
  });

  it("are applied by the drain in a context of B, to B's agreement", async () => {
    const [outcome] = await applyStoredEvents(ctxA, [eventB]);
    expect(outcome).toMatchObject({ id: eventB.id, applied: true, note: null });
    expect(await agreementBNow()).toMatchObject({
      status: "STOPPED",
      stopActor: "ADMIN",
      stopCause: "VIPPS_ADMIN",
    });
  });
});
