import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RECURRING_EVENTS } from "./webhooks/events";
import { eventually, startTestEmulator, type TestEmulator } from "./test-support/harness";
import { startReceiver, type WebhookReceiver } from "./test-support/webhook-receiver";

// Fault injection: 5xx, 429 with Retry-After, timeouts, and dropped / duplicated / reordered /
// disabled webhooks; never on /_emulator/*, never on the token endpoint unless asked.

const A = "/recurring/v3/agreements";
let emu: TestEmulator;
let hooks: WebhookReceiver;

beforeAll(async () => {
  emu = await startTestEmulator();
  hooks = await startReceiver();
  await emu.vipps.post(
    "/webhooks/v1/webhooks",
    { url: hooks.url, events: RECURRING_EVENTS },
    { idempotencyKey: false },
  );
  await emu.vipps.accessToken();
});
afterAll(async () => {
  await emu?.close();
  await hooks?.close();
});
afterEach(async () => {
  await emu.control("DELETE", "/_emulator/faults");
  hooks.received.length = 0;
});

describe("HTTP faults", () => {
  it("injects 500s; with applyBeforeFailure 0 nothing happened", async () => {
    await emu.control("POST", "/_emulator/faults", { rate5xx: 1, applyBeforeFailure: 0 });
    const res = await emu.vipps.post(A, {
      pricing: { amount: 100, currency: "NOK" },
      productName: "x",
      merchantRedirectUrl: "https://e.x",
      merchantAgreementUrl: "https://e.x",
    });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ statusCode: 500, message: "Internal server error" });
    await emu.control("DELETE", "/_emulator/faults");
    const stats = await emu.control<{ agreements: { total: number } }>("GET", "/_emulator/stats");
    expect(stats.agreements.total).toBe(0);
  });

  it("injects 429 with Retry-After", async () => {
    await emu.control("POST", "/_emulator/faults", { rate429: 1, retryAfterSeconds: 7 });
    const res = await emu.vipps.get(A);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
  });

  it("injects timeouts: the request is held, then the connection is dropped", async () => {
    await emu.control("POST", "/_emulator/faults", { rateTimeout: 1, timeoutMs: 150, applyBeforeFailure: 0 });
    const started = Date.now();
    await expect(emu.vipps.get(A)).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("limits faults to pathPattern, never touches /_emulator or the token endpoint unless named", async () => {
    await emu.control("POST", "/_emulator/faults", { rate5xx: 1, pathPattern: "/charges" });
    expect((await emu.vipps.get(A)).status).toBe(200);
    const id = (await emu.control<{ ids: string[] }>("POST", "/_emulator/seed/agreements", { count: 1 }))
      .ids[0]!;
    expect((await emu.vipps.get(`${A}/${id}/charges`)).status).toBe(500);
    await emu.control("POST", "/_emulator/faults", { rate5xx: 1, pathPattern: null });
    const token = () =>
      fetch(`${emu.url}/accesstoken/get`, {
        method: "POST",
        headers: {
          client_id: "abo-test-client",
          client_secret: "abo-test-secret",
          "Ocp-Apim-Subscription-Key": "abo-test-subscription-key",
        },
      });
    expect((await token()).status).toBe(200);
    expect((await emu.controlRaw("GET", "/_emulator/stats")).status).toBe(200);
    await emu.control("POST", "/_emulator/faults", { rate5xx: 1, pathPattern: "^/accesstoken/get$" });
    expect((await token()).status).toBe(500);
  });

  it("is reproducible with a seed", async () => {
    const run = async () => {
      await emu.control("POST", "/_emulator/faults", { rate5xx: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await emu.vipps.get(A)).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it("reports and clears the configuration", async () => {
    const set = await emu.control<Record<string, unknown>>("POST", "/_emulator/faults", {
      rate429: 0.25,
      webhookReorder: true,
    });
    expect(set).toMatchObject({
      rate429: 0.25,
      webhookReorder: true,
      applyBeforeFailure: 0.5,
      webhooksEnabled: true,
    });
    expect(await emu.control("GET", "/_emulator/faults")).toEqual(set);
    expect(await emu.control("DELETE", "/_emulator/faults")).toMatchObject({
      rate429: 0,
      webhookReorder: false,
    });
    expect((await emu.controlRaw("POST", "/_emulator/faults", { rate5xx: 2 })).status).toBe(400);
    expect((await emu.controlRaw("POST", "/_emulator/faults", { pathPattern: "(" })).status).toBe(400);
  });
});

describe("webhook faults", () => {
  it("drops webhooks (never delivered; polling still sees the change)", async () => {
    await emu.control("POST", "/_emulator/faults", { webhookDropRate: 1 });
    const id = await emu.vipps.activeAgreement();
    await new Promise((r) => setTimeout(r, 100));
    expect(hooks.received).toEqual([]);
    expect((await emu.vipps.get(`${A}/${id}`)).body).toMatchObject({ status: "ACTIVE" });
    const dropped = await emu.control<{ status: string }[]>(
      "GET",
      "/_emulator/webhook-deliveries?status=dropped&limit=1",
    );
    expect(dropped).toHaveLength(1);
  });

  it("duplicates webhooks (same body twice)", async () => {
    await emu.control("POST", "/_emulator/faults", { webhookDuplicateRate: 1 });
    await emu.vipps.activeAgreement();
    const got = await hooks.waitFor(2);
    expect(got[0]!.body).toBe(got[1]!.body);
  });

  it("reorders webhooks raised together (newest first)", async () => {
    await emu.control("POST", "/_emulator/faults", { webhookReorder: true });
    await emu.vipps.activeAgreement({
      initialCharge: { amount: 1000, description: "x", transactionType: "DIRECT_CAPTURE" },
    });
    const got = await hooks.waitFor(2);
    expect(got.map((h) => h.json.eventType)).toEqual([
      "recurring.charge-captured.v1",
      "recurring.agreement-activated.v1",
    ]);
  });

  it("with webhooksEnabled false, no deliveries happen at all", async () => {
    await emu.control("POST", "/_emulator/faults", { webhooksEnabled: false });
    const before = (await emu.control<unknown[]>("GET", "/_emulator/webhook-deliveries?limit=10000")).length;
    await emu.vipps.activeAgreement();
    await new Promise((r) => setTimeout(r, 100));
    expect(hooks.received).toEqual([]);
    expect((await emu.control<unknown[]>("GET", "/_emulator/webhook-deliveries?limit=10000")).length).toBe(
      before,
    );
    await emu.control("DELETE", "/_emulator/faults");
    await emu.vipps.activeAgreement();
    await eventually(() => (hooks.received.length === 1 ? true : undefined));
  });
});
