import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectContract, observedDeviations, SCHEMA_DEVIATIONS } from "./test-support/contract";
import { dueIn, startTestEmulator, type TestEmulator } from "./test-support/harness";
import { REPO_ROOT, sharedPath } from "./test-support/openapi";

// Every operation of the Vipps surface over HTTP, each response checked against the official
// OpenAPI documents in ../shared/vipps/spec, with the deliberate deviations named and asserted.

const AGREEMENTS = "/recurring/v3/agreements";
const AGREEMENT = "/recurring/v3/agreements/{agreementId}";
const ACCEPT = "/recurring/v3/agreements/{agreementId}/accept";
const CHARGES = "/recurring/v3/agreements/{agreementId}/charges";
const CHARGE = "/recurring/v3/agreements/{agreementId}/charges/{chargeId}";
const CHARGE_BY_ID = "/recurring/v3/charges/{chargeId}";
const CAPTURE = "/recurring/v3/agreements/{agreementId}/charges/{chargeId}/capture";
const REFUND = "/recurring/v3/agreements/{agreementId}/charges/{chargeId}/refund";

/** Request-side and behavioural deviations, each asserted by a test below and listed in the README. */
const BEHAVIOUR_DEVIATIONS = [
  "extra-details-name-reason",
  "flexible-interval",
  "page-number-size",
  "optional-due-retry-days",
  "capture-description-optional",
  "bulk-async-charges",
  "order-id-conflict-409",
  "localhost-urls",
  "token-expiry-wall-clock",
  "webhook-registration-limit",
  "problem-instance-prefix",
];

let emu: TestEmulator;
let now: number;
const future = () => new Date(now + 30 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");

beforeAll(async () => {
  emu = await startTestEmulator();
  now = await emu.now();
});
afterAll(async () => {
  await emu?.close();
});

describe("reference documents", () => {
  it("reads them from ../shared and names a missing one plainly", () => {
    expect(sharedPath("vipps", "spec", "recurring-api-openapi-2.6.17.yaml")).toMatch(/shared\/vipps\/spec/);
    expect(() => sharedPath("vipps", "spec", "nope.yaml")).toThrow(
      /Missing reference file: .*shared\/vipps\/spec\/nope\.yaml/,
    );
  });
});

describe("Access token API", () => {
  it("POST /accesstoken/get returns string-typed numbers and a JWT (both path spellings)", async () => {
    for (const path of ["/accesstoken/get", "/accessToken/get"]) {
      const res = await fetch(`${emu.url}${path}`, {
        method: "POST",
        headers: {
          client_id: "abo-test-client",
          client_secret: "abo-test-secret",
          "Ocp-Apim-Subscription-Key": "abo-test-subscription-key",
        },
      });
      const body = (await res.json()) as Record<string, unknown>;
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/json;charset=UTF-8");
      expectContract("token", "/accesstoken/get", "POST", {
        status: 200,
        headers: res.headers,
        text: JSON.stringify(body),
        body,
      });
      for (const k of ["expires_in", "ext_expires_in", "expires_on", "not_before"])
        expect(typeof body[k]).toBe("string");
      expect(body.expires_in).toBe("3600");
      expect(String(body.access_token).split(".")).toHaveLength(3);
    }
    expect(observedDeviations.has("jwt-access-token")).toBe(true);
  });

  it("401 on a wrong secret or subscription key", async () => {
    const wrongSecret = await fetch(`${emu.url}/accesstoken/get`, {
      method: "POST",
      headers: {
        client_id: "abo-test-client",
        client_secret: "nope",
        "Ocp-Apim-Subscription-Key": "abo-test-subscription-key",
      },
    });
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.json()).toMatchObject({ error: "invalid_client", error_codes: [7000215] });
    const wrongKey = await fetch(`${emu.url}/accesstoken/get`, {
      method: "POST",
      headers: {
        client_id: "abo-test-client",
        client_secret: "abo-test-secret",
        "Ocp-Apim-Subscription-Key": "nope",
      },
    });
    expect(wrongKey.status).toBe(401);
    expect(await wrongKey.json()).toEqual({
      statusCode: 401,
      message: expect.stringMatching(/invalid subscription key/) as unknown,
    });
  });
});

describe("Recurring v3: agreements", () => {
  it("drafts (201) every kind of agreement and returns responses matching AgreementResponseV3", async () => {
    const bodies: Record<string, unknown>[] = [
      {},
      {
        initialCharge: { amount: 29_900, description: "First month", transactionType: "DIRECT_CAPTURE" },
        phoneNumber: "4712345678",
      },
      { campaign: { type: "PRICE_CAMPAIGN", price: 100, end: future() } },
      { campaign: { type: "PERIOD_CAMPAIGN", price: 100, period: { unit: "WEEK", count: 4 } } },
      { campaign: { type: "EVENT_CAMPAIGN", price: 100, eventDate: future(), eventText: "christmas" } },
      {
        campaign: {
          type: "FULL_FLEX_CAMPAIGN",
          price: 100,
          end: future(),
          interval: { unit: "WEEK", count: 2 },
        },
      },
      { pricing: { type: "VARIABLE", suggestedMaxAmount: 50_000, currency: "NOK" } },
      { pricing: { type: "FLEXIBLE", currency: "NOK" } },
      {
        scope: "name email address phoneNumber birthDate",
        externalId: "ext-1",
        productDescription: "All the news",
        countryCode: "NO",
      },
    ];
    for (const overrides of bodies) {
      const res = await emu.vipps.post(AGREEMENTS, { ...draft(), ...overrides });
      expect(res.status, res.text).toBe(201);
      expectContract("recurring", AGREEMENTS, "POST", res);
      const { agreementId, vippsConfirmationUrl } = res.body as {
        agreementId: string;
        vippsConfirmationUrl: string;
      };
      expect(agreementId).toMatch(/^agr_[A-Za-z0-9]{7}$/);
      expect(vippsConfirmationUrl).toMatch(
        new RegExp(`^${emu.url}/dwo-api-application/v1/deeplink/vippsgateway\\?v=2&token=`),
      );
      const get = await emu.vipps.get(`${AGREEMENTS}/${agreementId}`);
      expect(get.status).toBe(200);
      expectContract("recurring", AGREEMENT, "GET", get);
      const campaign = (get.body as { campaign: { explanation?: string } | null }).campaign;
      if (overrides.campaign) expect(campaign?.explanation).toMatch(/ordinary price 299,00 kr every month/);
    }
    expect(observedDeviations.has("flexible-pricing")).toBe(true);
  });

  it("lists agreements (bare array, status filter default ACTIVE, createdAfter)", async () => {
    const id = await emu.vipps.activeAgreement();
    const active = await emu.vipps.get(AGREEMENTS);
    expect(active.status).toBe(200);
    expectContract("recurring", AGREEMENTS, "GET", active);
    const list = active.body as { id: string; status: string }[];
    expect(Array.isArray(list)).toBe(true);
    expect(list.every((a) => a.status === "ACTIVE")).toBe(true);
    expect(list.map((a) => a.id)).toContain(id);
    const pending = await emu.vipps.get(`${AGREEMENTS}?status=PENDING`);
    expectContract("recurring", AGREEMENTS, "GET", pending);
    expect((pending.body as { status: string }[]).every((a) => a.status === "PENDING")).toBe(true);
    const later = await emu.vipps.get(`${AGREEMENTS}?createdAfter=${now + 86_400_000}`);
    expect(later.body).toEqual([]);
  });

  it("updates (204), stops (204), and answers illegal updates with problem+json", async () => {
    const id = await emu.vipps.activeAgreement();
    const patch = await emu.vipps.patch(`${AGREEMENTS}/${id}`, {
      productName: "Nytt navn",
      pricing: { amount: 39_900 },
    });
    expectContract("recurring", AGREEMENT, "PATCH", patch);
    expect(patch.status).toBe(204);
    const stop = await emu.vipps.patch(`${AGREEMENTS}/${id}`, { status: "STOPPED" });
    expect(stop.status).toBe(204);
    const again = await emu.vipps.patch(`${AGREEMENTS}/${id}`, { status: "STOPPED" });
    expect(again.status).toBe(400);
    expectContract("recurring", AGREEMENT, "PATCH", again);
    expect(again.body).toMatchObject({
      type: expect.stringMatching(/#illegal-agreement-update$/) as unknown,
    });
    const got = await emu.vipps.get(`${AGREEMENTS}/${id}`);
    expectContract("recurring", AGREEMENT, "GET", got);
    expect(got.body).toMatchObject({
      status: "STOPPED",
      productName: "Nytt navn",
      pricing: { amount: 39_900 },
    });
  });

  it("force accepts (204) and rejects a second accept with 400", async () => {
    const { agreementId } = await emu.vipps.draft();
    const ok = await emu.vipps.patch(`${AGREEMENTS}/${agreementId}/accept`, { phoneNumber: "4712345678" });
    expectContract("recurring", ACCEPT, "PATCH", ok);
    expect(ok.status).toBe(204);
    const twice = await emu.vipps.patch(`${AGREEMENTS}/${agreementId}/accept`, { phoneNumber: "4712345678" });
    expect(twice.status).toBe(400);
    expectContract("recurring", ACCEPT, "PATCH", twice);
  });

  it("returns the about:blank 404 for unknown agreements", async () => {
    const res = await emu.vipps.get(`${AGREEMENTS}/agr_unknown`);
    expect(res.status).toBe(404);
    expectContract("recurring", AGREEMENT, "GET", res);
    expect(res.body).toMatchObject({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "Agreement not found.",
    });
  });

  it("serves DK and FI merchants in their own currency and country (newer than the 2023 document)", async () => {
    for (const msn of ["223456", "323456"]) {
      const client = emu.merchant(msn);
      const id = await client.activeAgreement({ merchantAgreementUrl: undefined });
      const got = await client.get(`${AGREEMENTS}/${id}`);
      expectContract("recurring", AGREEMENT, "GET", got);
      expect(got.body).not.toHaveProperty("merchantAgreementUrl");
      const charge = await client.createCharge(id, { due: dueIn(3, now) });
      expect(charge.status).toBe(201);
      const chargeId = (charge.body as { chargeId: string }).chargeId;
      const c = await client.get(`${AGREEMENTS}/${id}/charges/${chargeId}`);
      expectContract("recurring", CHARGE, "GET", c);
    }
    for (const id of ["currency-dkk-eur", "country-code-dk-fi", "merchant-agreement-url-optional"])
      expect(observedDeviations).toContain(id);
  });
});

describe("Recurring v3: charges", () => {
  it("creates (201), lists, fetches by agreement and by id", async () => {
    const id = await emu.vipps.activeAgreement({
      initialCharge: { amount: 100, description: "Start", transactionType: "DIRECT_CAPTURE" },
    });
    const orderId = "abo-order-2030-000000000000000001";
    const created = await emu.vipps.createCharge(id, { orderId, due: dueIn(5, now), externalId: "inv-1" });
    expect(created.status).toBe(201);
    expectContract("recurring", CHARGES, "POST", created);
    expect(created.body).toEqual({ chargeId: orderId });
    const auto = await emu.vipps.createCharge(id, { due: dueIn(6, now) });
    expectContract("recurring", CHARGES, "POST", auto);
    expect((auto.body as { chargeId: string }).chargeId).toMatch(/^chr-[A-Za-z0-9]{10}$/);
    const list = await emu.vipps.get(`${AGREEMENTS}/${id}/charges`);
    expectContract("recurring", CHARGES, "GET", list);
    expect((list.body as { type: string }[]).map((c) => c.type)).toEqual([
      "INITIAL",
      "RECURRING",
      "RECURRING",
    ]);
    const due = await emu.vipps.get(`${AGREEMENTS}/${id}/charges?status=DUE`);
    expect((due.body as unknown[]).length).toBe(2);
    const one = await emu.vipps.get(`${AGREEMENTS}/${id}/charges/${orderId}`);
    expectContract("recurring", CHARGE, "GET", one);
    expect(one.body).toMatchObject({
      id: orderId,
      agreementId: id,
      status: "DUE",
      transactionId: null,
      externalId: "inv-1",
      summary: { captured: 0 },
    });
    const byId = await emu.vipps.get(`/recurring/v3/charges/${orderId}`);
    expectContract("recurring", CHARGE_BY_ID, "GET", byId);
    expect(byId.body).toEqual(one.body);
    for (const d of ["transaction-id-null", "charge-id-length"]) expect(observedDeviations).toContain(d);
  });

  it("cancels (204), captures (204) and refunds (204) with the documented statuses", async () => {
    const id = await emu.vipps.activeAgreement({
      initialCharge: { amount: 50_000, description: "Device", transactionType: "RESERVE_CAPTURE" },
    });
    const charges = (await emu.vipps.get(`${AGREEMENTS}/${id}/charges`)).body as {
      id: string;
      status: string;
    }[];
    const initial = charges[0]!;
    expect(initial.status).toBe("RESERVED");
    const capture = await emu.vipps.post(`${AGREEMENTS}/${id}/charges/${initial.id}/capture`, {
      amount: 20_000,
      description: "Part",
    });
    expectContract("recurring", CAPTURE, "POST", capture);
    expect(capture.status).toBe(204);
    const cancel = await emu.vipps.delete(`${AGREEMENTS}/${id}/charges/${initial.id}`);
    expectContract("recurring", CHARGE, "DELETE", cancel);
    expect(cancel.status).toBe(204);
    const refund = await emu.vipps.post(`${AGREEMENTS}/${id}/charges/${initial.id}/refund`, {
      amount: 5000,
      description: "Sorry",
    });
    expectContract("recurring", REFUND, "POST", refund);
    expect(refund.status).toBe(204);
    const after = await emu.vipps.get(`${AGREEMENTS}/${id}/charges/${initial.id}`);
    expectContract("recurring", CHARGE, "GET", after);
    expect(after.body).toMatchObject({
      status: "PARTIALLY_REFUNDED",
      summary: { captured: 20_000, refunded: 5000, cancelled: 30_000 },
    });
    const history = (after.body as { history: { event: string }[] }).history.map((h) => h.event);
    expect(history).toEqual(["CREATE", "RESERVE", "CAPTURE", "CANCEL", "REFUND"]);
    const tooMuch = await emu.vipps.post(`${AGREEMENTS}/${id}/charges/${initial.id}/refund`, {
      amount: 20_000,
      description: "x",
    });
    expect(tooMuch.status).toBe(400);
    expectContract("recurring", REFUND, "POST", tooMuch);
    const badCapture = await emu.vipps.post(`${AGREEMENTS}/${id}/charges/${initial.id}/capture`, {
      amount: 100,
    });
    expectContract("recurring", CAPTURE, "POST", badCapture);
    expect(badCapture.body).toMatchObject({
      type: expect.stringMatching(/#charge-capture-failed$/) as unknown,
      detail: expect.stringMatching(/PARTIALLY_REFUNDED/) as unknown,
    });
    const badCancel = await emu.vipps.delete(`${AGREEMENTS}/${id}/charges/${initial.id}`);
    expectContract("recurring", CHARGE, "DELETE", badCancel);
    expect(badCancel.body).toMatchObject({
      type: expect.stringMatching(/#cancel-charge-failed$/) as unknown,
    });
  });

  it("creates UNSCHEDULED charges on allow-listed sales units", async () => {
    const id = await emu.vipps.activeAgreement();
    const res = await emu.vipps.createCharge(id, {
      type: "UNSCHEDULED",
      due: undefined,
      retryDays: undefined,
    });
    expect(res.status, res.text).toBe(201);
    const chargeId = (res.body as { chargeId: string }).chargeId;
    await emu.control("POST", "/_emulator/batches/run");
    const got = await emu.vipps.get(`${AGREEMENTS}/${id}/charges/${chargeId}`);
    expectContract("recurring", CHARGE, "GET", got);
    expect(got.body).toMatchObject({ type: "UNSCHEDULED", status: "CHARGED" });
    expect(observedDeviations).toContain("unscheduled-charge-type");
  });

  it("404s for unknown charges", async () => {
    const id = await emu.vipps.activeAgreement();
    const res = await emu.vipps.get(`${AGREEMENTS}/${id}/charges/chr-nope`);
    expect(res.status).toBe(404);
    expectContract("recurring", CHARGE, "GET", res);
    expect(res.body).toMatchObject({ type: "about:blank", detail: "Charge not found." });
    const byId = await emu.vipps.get("/recurring/v3/charges/chr-nope");
    expectContract("recurring", CHARGE_BY_ID, "GET", byId);
  });
});

describe("Webhooks API v1", () => {
  it("registers (201), lists (200) and deletes (204)", async () => {
    const reg = await emu.vipps.post(
      "/webhooks/v1/webhooks",
      { url: "https://example.com/hook", events: ["recurring.agreement-activated.v1"] },
      { idempotencyKey: false },
    );
    expect(reg.status).toBe(201);
    expectContract("webhooks", "/v1/webhooks", "POST", reg);
    const { id } = reg.body as { id: string };
    const list = await emu.vipps.get("/webhooks/v1/webhooks");
    expectContract("webhooks", "/v1/webhooks", "GET", list);
    expect(list.body).toEqual({
      webhooks: [{ id, url: "https://example.com/hook", events: ["recurring.agreement-activated.v1"] }],
    });
    const del = await emu.vipps.delete(`/webhooks/v1/webhooks/${id}`, { idempotencyKey: false });
    expectContract("webhooks", "/v1/webhooks/{id}", "DELETE", del);
    expect(del.status).toBe(204);
    const bad = await emu.vipps.post(
      "/webhooks/v1/webhooks",
      { url: "not a url", events: [] },
      { idempotencyKey: false },
    );
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toBe("application/problem+json");
    expectContract("webhooks", "/v1/webhooks", "POST", bad);
    expect((bad.body as { extraDetails: { name: string }[] }).extraDetails.map((d) => d.name)).toEqual([
      "url",
      "events",
    ]);
  });
});

describe("deliberate deviations from the 2023 documents (newer behaviour, FACTS.md)", () => {
  it("extra-details-name-reason: extraDetails items are {name, reason}, not {field, text}", async () => {
    const res = await emu.vipps.post(AGREEMENTS, { ...draft(), productName: "" });
    expectContract("recurring", AGREEMENTS, "POST", res);
    expect((res.body as { extraDetails: unknown[] }).extraDetails).toEqual([
      { name: "productName", reason: "size must be between 1 and 45" },
    ]);
  });

  it("problem-instance-prefix: instance carries the internal path, as the real API's 404s do", async () => {
    const res = await emu.vipps.get(`${AGREEMENTS}/agr_nope123`);
    expect(res.body).toMatchObject({ instance: "/vipps-recurring-merchant-api/v3/agreements/agr_nope123" });
  });

  it("flexible-interval: interval may be omitted (pay per use)", async () => {
    const { interval: _i, ...body } = draft();
    const res = await emu.vipps.post(AGREEMENTS, body);
    expect(res.status).toBe(201);
    const got = await emu.vipps.get(`${AGREEMENTS}/${(res.body as { agreementId: string }).agreementId}`);
    expectContract("recurring", AGREEMENT, "GET", got);
    expect((got.body as { interval: unknown }).interval).toEqual({ text: "when used" });
  });

  it("page-number-size: GET /agreements pages with pageNumber and pageSize", async () => {
    const seeded = await emu.control<{ ids: string[] }>("POST", "/_emulator/seed/agreements", {
      msn: "323456",
      count: 5,
    });
    const fi = emu.merchant("323456");
    const page2 = await fi.get(`${AGREEMENTS}?pageNumber=2&pageSize=2`);
    expectContract("recurring", AGREEMENTS, "GET", page2);
    const all = ((await fi.get(`${AGREEMENTS}?pageSize=2000`)).body as { id: string }[]).map((a) => a.id);
    expect((page2.body as { id: string }[]).map((a) => a.id)).toEqual(all.slice(2, 4));
    expect(all).toEqual(expect.arrayContaining(seeded.ids));
    const bad = await fi.get(`${AGREEMENTS}?pageSize=2001`);
    expect(bad.status).toBe(400);
  });

  it("optional-due-retry-days: retryDays may be omitted (default 14)", async () => {
    const id = await emu.vipps.activeAgreement();
    const res = await emu.vipps.createCharge(id, { retryDays: undefined, due: dueIn(4, now) });
    expect(res.status).toBe(201);
    const got = await emu.vipps.get(
      `${AGREEMENTS}/${id}/charges/${(res.body as { chargeId: string }).chargeId}`,
    );
    expect(got.body).toMatchObject({ retryDays: 14 });
  });

  it("capture-description-optional: capture without description (deprecated in 2024)", async () => {
    const id = await emu.vipps.activeAgreement({
      initialCharge: { amount: 1000, description: "Box", transactionType: "RESERVE_CAPTURE" },
    });
    const [initial] = (await emu.vipps.get(`${AGREEMENTS}/${id}/charges`)).body as { id: string }[];
    const res = await emu.vipps.post(`${AGREEMENTS}/${id}/charges/${initial!.id}/capture`, {
      amount: 1000,
      whatever: true,
    });
    expect(res.status).toBe(204);
  });

  it("bulk-async-charges: POST /agreements/charges answers 202 {validCharges, invalidCharges}", async () => {
    const id = await emu.vipps.activeAgreement();
    const item = {
      agreementId: id,
      amount: 1000,
      transactionType: "DIRECT_CAPTURE",
      description: "Bulk",
      due: dueIn(3, now),
      retryDays: 1,
    };
    const res = await emu.vipps.post("/recurring/v3/agreements/charges", [
      { ...item, orderId: "bulk-ok-1" },
      { ...item, orderId: "bulk-bad-1", amount: 10 },
    ]);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({
      validCharges: ["bulk-ok-1"],
      invalidCharges: [
        {
          chargeBatchItemDto: { ...item, orderId: "bulk-bad-1", amount: 10 },
          errors: ["amount: must be greater than or equal to 100"],
        },
      ],
    });
  });

  it("order-id-conflict-409: a reused orderId under a new Idempotency-Key is 409 conflict", async () => {
    const id = await emu.vipps.activeAgreement();
    expect((await emu.vipps.createCharge(id, { orderId: "order-dup-1", due: dueIn(3, now) })).status).toBe(
      201,
    );
    const dup = await emu.vipps.createCharge(id, { orderId: "order-dup-1", due: dueIn(4, now) });
    expect(dup.status).toBe(409);
    expectContract("recurring", CHARGES, "POST", dup);
    expect(dup.body).toMatchObject({ type: expect.stringMatching(/#conflict$/) as unknown });
  });

  it("localhost-urls: http://localhost is accepted for redirect, agreement and webhook URLs", async () => {
    const res = await emu.vipps.post(
      AGREEMENTS,
      draft({
        merchantRedirectUrl: "http://localhost:3000/done",
        merchantAgreementUrl: "http://localhost:3000/me",
      }),
    );
    expect(res.status).toBe(201);
    const remote = await emu.vipps.post(AGREEMENTS, draft({ merchantAgreementUrl: "http://example.com/me" }));
    expect(remote.status).toBe(400);
    const hook = await emu.vipps.post(
      "/webhooks/v1/webhooks",
      { url: "http://localhost:3000/hook", events: ["recurring.charge-failed.v1"] },
      { idempotencyKey: false },
    );
    expect(hook.status).toBe(201);
  });

  it("token-expiry-wall-clock: advancing the business clock does not expire tokens", async () => {
    await emu.control("POST", "/_emulator/clock/advance", { days: 3 });
    const res = await emu.vipps.get(AGREEMENTS);
    expect(res.status).toBe(200);
    now = await emu.now();
  });

  it("webhook-registration-limit: 25 registrations per event type per MSN (the 2023 document says 5)", async () => {
    const fi = emu.merchant("323456");
    const register = () =>
      fi.post(
        "/webhooks/v1/webhooks",
        { url: "https://example.com/h", events: ["recurring.charge-refunded.v1"] },
        { idempotencyKey: false },
      );
    for (let i = 0; i < 25; i++) expect((await register()).status).toBe(201);
    const over = await register();
    expect(over.status).toBe(400);
  });

  it("every deviation is listed in emulator/README.md and was exercised above", () => {
    const readme = readFileSync(resolve(REPO_ROOT, "emulator/README.md"), "utf8");
    for (const { id } of SCHEMA_DEVIATIONS) {
      expect(readme, `README lists ${id}`).toContain(`\`${id}\``);
      expect(observedDeviations, `deviation ${id} observed`).toContain(id);
    }
    for (const id of BEHAVIOUR_DEVIATIONS) expect(readme, `README lists ${id}`).toContain(`\`${id}\``);
  });
});

function draft(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pricing: { type: "LEGACY", amount: 29_900, currency: "NOK" },
    interval: { unit: "MONTH", count: 1 },
    productName: "Avisabonnement",
    merchantRedirectUrl: "https://example.com/redirect",
    merchantAgreementUrl: "https://example.com/agreement",
    ...overrides,
  };
}
