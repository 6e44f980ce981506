import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AGREEMENT_EVENTS, CHARGE_EVENTS, RECURRING_EVENTS } from "./webhooks/events";
import { contentHash, hmacSignature, stringToSign } from "./webhooks/signature";
import { dueIn, eventually, startTestEmulator, type TestEmulator } from "./test-support/harness";
import { startReceiver, type ReceivedWebhook, type WebhookReceiver } from "./test-support/webhook-receiver";

// Delivery of every recurring event with the HMAC scheme of FACTS §9, retries with backoff, order
// kept per registration, at-least-once.

const A = "/recurring/v3/agreements";
let emu: TestEmulator;
let hooks: WebhookReceiver;
let secret: string;

beforeAll(async () => {
  emu = await startTestEmulator({ webhookTimeoutMs: 200 });
  hooks = await startReceiver("/api/webhooks/vipps?source=emulator");
  const reg = await emu.vipps.post(
    "/webhooks/v1/webhooks",
    { url: hooks.url, events: RECURRING_EVENTS },
    { idempotencyKey: false },
  );
  secret = (reg.body as { secret: string }).secret;
});
afterAll(async () => {
  await emu?.close();
  await hooks?.close();
});
beforeEach(() => {
  hooks.respond = () => 200;
});

function verify(h: ReceivedWebhook): void {
  const url = new URL(hooks.url);
  expect(h.headers["x-ms-content-sha256"]).toBe(contentHash(h.body));
  expect(h.headers.host).toBe(url.host);
  const date = h.headers["x-ms-date"] as string;
  expect(new Date(date).toUTCString()).toBe(date);
  const signature = hmacSignature(
    secret,
    stringToSign(url.pathname + url.search, date, url.host, contentHash(h.body)),
  );
  expect(h.headers.authorization).toBe(
    `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
  );
  expect(Object.keys(h.headers).filter((k) => k.startsWith("x-") && !k.startsWith("x-ms-"))).toEqual([]);
  expect(h.path).toBe("/api/webhooks/vipps?source=emulator");
}

describe("webhook delivery", () => {
  it("delivers every recurring agreement and charge event type, signed, with flat payloads", async () => {
    const now = await emu.now();
    const active = await emu.vipps.activeAgreement({
      externalId: "sub-77",
      initialCharge: { amount: 10_000, description: "Box", transactionType: "RESERVE_CAPTURE" },
    });
    const [initial] = (await emu.vipps.get(`${A}/${active}/charges`)).body as { id: string }[];
    await emu.vipps.post(`${A}/${active}/charges/${initial!.id}/capture`, { amount: 10_000 });
    await emu.vipps.post(`${A}/${active}/charges/${initial!.id}/refund`, {
      amount: 1000,
      description: "Sorry",
    });
    const cancelled = (await emu.vipps.createCharge(active, { due: dueIn(5, now) })).body as {
      chargeId: string;
    };
    await emu.vipps.delete(`${A}/${active}/charges/${cancelled.chargeId}`);
    const declined = await emu.vipps.activeAgreement({}, "4790000001");
    await emu.vipps.createCharge(declined, { due: dueIn(1, now), retryDays: 0 });
    await emu.vipps.post("/recurring/v3/agreements/charges", [
      {
        agreementId: "agr_missing",
        amount: 1000,
        transactionType: "DIRECT_CAPTURE",
        description: "x",
        due: dueIn(2, now),
        retryDays: 0,
        orderId: "wh-bulk-1",
      },
    ]);
    const rejected = await emu.vipps.draft();
    await emu.control("POST", `/_emulator/agreements/${rejected.agreementId}/reject`);
    await emu.vipps.patch(`${A}/${active}`, { status: "STOPPED" });
    await emu.vipps.draft();
    await emu.control("POST", "/_emulator/clock/advance", { days: 2 });
    const all = await eventually(() => {
      const types = new Set(hooks.received.map((h) => h.json.eventType));
      return RECURRING_EVENTS.every((t) => types.has(t)) ? hooks.received : undefined;
    });
    for (const h of all) verify(h);
    const agreementEvent = all.find(
      (h) => AGREEMENT_EVENTS.includes(h.json.eventType as never) && h.json.agreementId === active,
    )!;
    expect(Object.keys(agreementEvent.json).sort()).toEqual([
      "actor",
      "agreementExternalId",
      "agreementId",
      "agreementUUID",
      "eventType",
      "msn",
      "occurred",
    ]);
    expect(agreementEvent.json.agreementExternalId).toBe("sub-77");
    const chargeEvent = all.find((h) => h.json.eventType === "recurring.charge-refunded.v1")!;
    expect(Object.keys(chargeEvent.json).sort()).toEqual(
      [
        "agreementExternalId",
        "agreementId",
        "amount",
        "amountCanceled",
        "amountCaptured",
        "amountRefunded",
        "chargeExternalId",
        "chargeId",
        "chargeType",
        "currency",
        "eventType",
        "failureCode",
        "failureReason",
        "msn",
        "occurred",
        "transactionId",
      ].sort(),
    );
    expect(chargeEvent.json).toMatchObject({
      chargeType: "INITIAL",
      amount: 10_000,
      amountCaptured: 10_000,
      amountRefunded: 1000,
      transactionId: expect.stringMatching(/^\d{10}$/) as unknown,
    });
    expect(all.some((h) => h.json.eventType === "recurring.charge-canceled.v1")).toBe(true);
    expect(CHARGE_EVENTS).toContain("recurring.charge-canceled.v1");
    expect(all.every((h) => !("status" in h.json))).toBe(true);
  });

  it("retries non-2xx with backoff until it succeeds", async () => {
    hooks.received.length = 0;
    let calls = 0;
    hooks.respond = () => (++calls <= 3 ? 500 : 200);
    const id = await emu.vipps.activeAgreement();
    const [got] = await hooks.waitFor(1);
    expect(got!.json).toMatchObject({ agreementId: id, eventType: "recurring.agreement-activated.v1" });
    expect(calls).toBe(4);
    const [delivery] = await emu.control<{ attempts: number; status: string; lastStatus: number }[]>(
      "GET",
      "/_emulator/webhook-deliveries?limit=1",
    );
    expect(delivery).toMatchObject({ attempts: 4, status: "delivered", lastStatus: 200 });
  });

  it("retries when the receiver does not answer in time", async () => {
    hooks.received.length = 0;
    let calls = 0;
    hooks.respond = () => (++calls === 1 ? "hang" : 200);
    await emu.vipps.activeAgreement();
    await hooks.waitFor(1);
    expect(calls).toBe(2);
    const [delivery] = await emu.control<{ attempts: number }[]>(
      "GET",
      "/_emulator/webhook-deliveries?limit=1",
    );
    expect(delivery!.attempts).toBe(2);
  });

  it("keeps order per registration: a failing earlier event holds back later ones", async () => {
    hooks.received.length = 0;
    let calls = 0;
    hooks.respond = () => (++calls <= 5 ? 503 : 200);
    const id = await emu.vipps.activeAgreement({
      initialCharge: { amount: 1000, description: "x", transactionType: "DIRECT_CAPTURE" },
    });
    await emu.vipps.patch(`${A}/${id}`, { status: "STOPPED" });
    const got = await hooks.waitFor(3);
    expect(got.map((h) => h.json.eventType)).toEqual([
      "recurring.agreement-activated.v1",
      "recurring.charge-captured.v1",
      "recurring.agreement-stopped.v1",
    ]);
  });

  it("sends only subscribed events, only to the merchant's own registrations", async () => {
    const dkHooks = await startReceiver();
    const dk = emu.merchant("223456");
    await dk.post(
      "/webhooks/v1/webhooks",
      { url: dkHooks.url, events: ["recurring.agreement-stopped.v1"] },
      { idempotencyKey: false },
    );
    const dkId = await dk.activeAgreement();
    await emu.vipps.activeAgreement();
    await dk.patch(`${A}/${dkId}`, { status: "STOPPED" });
    const got = await dkHooks.waitFor(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(got.map((h) => [h.json.eventType, h.json.msn])).toEqual([
      ["recurring.agreement-stopped.v1", "223456"],
    ]);
    await dkHooks.close();
  });

  it("gives up after the retry schedule (about 7 days, here scaled down) and after deletion", async () => {
    const quick = await startTestEmulator({ webhookRetryScale: 0.000_001 });
    const dead = await startReceiver();
    dead.respond = () => 500;
    await quick.vipps.post(
      "/webhooks/v1/webhooks",
      { url: dead.url, events: RECURRING_EVENTS },
      { idempotencyKey: false },
    );
    await quick.vipps.activeAgreement();
    const failed = await eventually(async () => {
      const [d] = await quick.control<{ status: string; attempts: number }[]>(
        "GET",
        "/_emulator/webhook-deliveries?limit=1",
      );
      return d?.status === "failed" ? d : undefined;
    }, 10_000);
    expect(failed.attempts).toBe(19);
    const slow = await startTestEmulator({ webhookRetryScale: 1000 });
    const reg = await slow.vipps.post(
      "/webhooks/v1/webhooks",
      { url: dead.url, events: RECURRING_EVENTS },
      { idempotencyKey: false },
    );
    await slow.vipps.activeAgreement();
    await eventually(async () =>
      (await slow.control<{ attempts: number }[]>("GET", "/_emulator/webhook-deliveries"))[0]?.attempts === 1
        ? true
        : undefined,
    );
    await slow.vipps.delete(`/webhooks/v1/webhooks/${(reg.body as { id: string }).id}`);
    const [gone] = await slow.control<{ status: string; lastError: string }[]>(
      "GET",
      "/_emulator/webhook-deliveries",
    );
    expect(gone).toMatchObject({ status: "failed", lastError: "registration deleted" });
    await Promise.all([quick.close(), slow.close(), dead.close()]);
  });
});
