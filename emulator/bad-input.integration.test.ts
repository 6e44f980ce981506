import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueIn, startTestEmulator, type TestEmulator } from "./test-support/harness";

// Every field constraint of FACTS §4 is refused with 400 problem+json naming the field in
// extraDetails; malformed JSON, wrong content types, missing headers and unknown ids get the
// documented errors.

const A = "/recurring/v3/agreements";
let emu: TestEmulator;
let active: string;
let reservedCharge: string;
// The emulator's manual clock starts at the wall clock, so these hold for the whole file.
const due = dueIn(3);
const future = new Date(Date.now() + 30 * 86_400_000).toISOString();

beforeAll(async () => {
  emu = await startTestEmulator();
  active = await emu.vipps.activeAgreement({
    initialCharge: { amount: 10_000, description: "Box", transactionType: "RESERVE_CAPTURE" },
  });
  reservedCharge = ((await emu.vipps.get(`${A}/${active}/charges`)).body as { id: string }[])[0]!.id;
});
afterAll(async () => {
  await emu?.close();
});

type Case = [label: string, body: Record<string, unknown>, field: string];

const base = () => ({
  pricing: { type: "LEGACY", amount: 29_900, currency: "NOK" },
  interval: { unit: "MONTH", count: 1 },
  productName: "Avis",
  merchantRedirectUrl: "https://example.com/r",
  merchantAgreementUrl: "https://example.com/a",
});
const with_ = (patch: Record<string, unknown>) => ({ ...base(), ...patch });
const pricing = (p: Record<string, unknown>) =>
  with_({ pricing: { type: "LEGACY", amount: 29_900, currency: "NOK", ...p } });
const ic = (p: Record<string, unknown>) =>
  with_({ initialCharge: { amount: 1000, description: "First", transactionType: "DIRECT_CAPTURE", ...p } });
const campaign = (p: Record<string, unknown>) =>
  with_({ campaign: { type: "PRICE_CAMPAIGN", price: 100, end: future, ...p } });

const DRAFT_CASES: Case[] = [
  ["pricing missing", { ...base(), pricing: undefined }, "pricing"],
  ["pricing not an object", with_({ pricing: "LEGACY" }), "pricing"],
  ["pricing.type unknown", pricing({ type: "CHEAP" }), "pricing.type"],
  ["pricing.currency missing", pricing({ currency: undefined }), "pricing.currency"],
  ["pricing.currency unknown", pricing({ currency: "SEK" }), "pricing.currency"],
  ["pricing.currency of another market", pricing({ currency: "DKK" }), "pricing.currency"],
  ["pricing.amount missing for LEGACY", pricing({ amount: undefined }), "pricing.amount"],
  ["pricing.amount below 100", pricing({ amount: 99 }), "pricing.amount"],
  ["pricing.amount not an integer", pricing({ amount: 100.5 }), "pricing.amount"],
  ["pricing.amount as a decimal string", pricing({ amount: "299.00" }), "pricing.amount"],
  ["suggestedMaxAmount on LEGACY", pricing({ suggestedMaxAmount: 1000 }), "pricing.suggestedMaxAmount"],
  [
    "suggestedMaxAmount missing for VARIABLE",
    pricing({ type: "VARIABLE", amount: undefined }),
    "pricing.suggestedMaxAmount",
  ],
  [
    "suggestedMaxAmount below 100",
    pricing({ type: "VARIABLE", amount: undefined, suggestedMaxAmount: 50 }),
    "pricing.suggestedMaxAmount",
  ],
  ["amount on VARIABLE", pricing({ type: "VARIABLE", suggestedMaxAmount: 1000 }), "pricing.amount"],
  ["amount on FLEXIBLE", pricing({ type: "FLEXIBLE" }), "pricing.amount"],
  ["interval.unit unknown", with_({ interval: { unit: "HOUR", count: 1 } }), "interval.unit"],
  ["interval.count 0", with_({ interval: { unit: "MONTH", count: 0 } }), "interval.count"],
  ["interval.count 32", with_({ interval: { unit: "MONTH", count: 32 } }), "interval.count"],
  ["interval.count missing", with_({ interval: { unit: "MONTH" } }), "interval.count"],
  ["productName missing", { ...base(), productName: undefined }, "productName"],
  ["productName empty", with_({ productName: "" }), "productName"],
  ["productName 46 chars", with_({ productName: "x".repeat(46) }), "productName"],
  ["productDescription 101 chars", with_({ productDescription: "x".repeat(101) }), "productDescription"],
  ["merchantRedirectUrl missing", { ...base(), merchantRedirectUrl: undefined }, "merchantRedirectUrl"],
  ["merchantRedirectUrl not a URL", with_({ merchantRedirectUrl: "not a url" }), "merchantRedirectUrl"],
  [
    "merchantRedirectUrl 1025 chars",
    with_({ merchantRedirectUrl: `https://example.com/${"x".repeat(1005)}` }),
    "merchantRedirectUrl",
  ],
  [
    "merchantAgreementUrl missing (Norway)",
    { ...base(), merchantAgreementUrl: undefined },
    "merchantAgreementUrl",
  ],
  [
    "merchantAgreementUrl as a deeplink",
    with_({ merchantAgreementUrl: "myapp://agreement" }),
    "merchantAgreementUrl",
  ],
  [
    "merchantAgreementUrl plain http",
    with_({ merchantAgreementUrl: "http://example.com/a" }),
    "merchantAgreementUrl",
  ],
  ["phoneNumber with +", with_({ phoneNumber: "+4712345678" }), "phoneNumber"],
  ["phoneNumber 16 digits", with_({ phoneNumber: "4".repeat(16) }), "phoneNumber"],
  ["initialCharge.amount missing", ic({ amount: undefined }), "initialCharge.amount"],
  ["initialCharge.amount below 100", ic({ amount: 10 }), "initialCharge.amount"],
  ["initialCharge.description missing", ic({ description: undefined }), "initialCharge.description"],
  ["initialCharge.description 101 chars", ic({ description: "x".repeat(101) }), "initialCharge.description"],
  [
    "initialCharge.transactionType unknown",
    ic({ transactionType: "CAPTURE" }),
    "initialCharge.transactionType",
  ],
  ["initialCharge.orderId with a space", ic({ orderId: "order 1" }), "initialCharge.orderId"],
  ["initialCharge.orderId 51 chars", ic({ orderId: "o".repeat(51) }), "initialCharge.orderId"],
  ["initialCharge.externalId 65 chars", ic({ externalId: "e".repeat(65) }), "initialCharge.externalId"],
  [
    "campaign with VARIABLE pricing",
    {
      ...pricing({ type: "VARIABLE", amount: undefined, suggestedMaxAmount: 1000 }),
      campaign: { type: "PRICE_CAMPAIGN", price: 100, end: future },
    },
    "campaign",
  ],
  ["campaign.type unknown", campaign({ type: "SALE" }), "campaign.type"],
  ["campaign.price missing", campaign({ price: undefined }), "campaign.price"],
  ["campaign.end missing (price campaign)", campaign({ end: undefined }), "campaign.end"],
  ["campaign.end not a date-time", campaign({ end: "soon" }), "campaign.end"],
  ["campaign.end in the past", campaign({ end: "2001-01-01T00:00:00Z" }), "campaign.end"],
  [
    "campaign.period missing (period campaign)",
    campaign({ type: "PERIOD_CAMPAIGN", end: undefined }),
    "campaign.period",
  ],
  [
    "campaign.eventText missing (event campaign)",
    campaign({ type: "EVENT_CAMPAIGN", end: undefined, eventDate: future }),
    "campaign.eventText",
  ],
  [
    "campaign.eventDate missing (event campaign)",
    campaign({ type: "EVENT_CAMPAIGN", end: undefined, eventText: "christmas" }),
    "campaign.eventDate",
  ],
  ["campaign.interval missing (full flex)", campaign({ type: "FULL_FLEX_CAMPAIGN" }), "campaign.interval"],
  ["scope unknown value", with_({ scope: "name shoeSize" }), "scope"],
  ["isApp not a boolean", with_({ isApp: "yes" }), "isApp"],
  ["skipLandingPage not a boolean", with_({ skipLandingPage: 1 }), "skipLandingPage"],
  ["externalId empty", with_({ externalId: "" }), "externalId"],
  ["externalId 65 chars", with_({ externalId: "e".repeat(65) }), "externalId"],
  ["countryCode unknown", with_({ countryCode: "SE" }), "countryCode"],
  ["countryCode of another market", with_({ countryCode: "DK" }), "countryCode"],
];

const charge = (p: Record<string, unknown>) => ({
  amount: 1000,
  transactionType: "DIRECT_CAPTURE",
  description: "Monthly",
  due,
  retryDays: 2,
  ...p,
});

const CHARGE_CASES: Case[] = [
  ["amount missing", charge({ amount: undefined }), "amount"],
  ["amount below 100", charge({ amount: 99 }), "amount"],
  ["amount a float", charge({ amount: 1000.5 }), "amount"],
  ["transactionType missing", charge({ transactionType: undefined }), "transactionType"],
  ["transactionType unknown", charge({ transactionType: "LATER" }), "transactionType"],
  ["description missing", charge({ description: undefined }), "description"],
  ["description empty", charge({ description: "" }), "description"],
  ["description 46 chars", charge({ description: "x".repeat(46) }), "description"],
  ["due missing (RECURRING)", charge({ due: undefined }), "due"],
  ["due not YYYY-MM-DD", charge({ due: "01.02.2030" }), "due"],
  ["due not a real date", charge({ due: "2030-02-30" }), "due"],
  ["due today", charge({ due: "2000-01-01" }), "due"],
  ["due more than 2 years ahead", charge({ due: "2099-01-01" }), "due"],
  ["retryDays -1", charge({ retryDays: -1 }), "retryDays"],
  ["retryDays 15", charge({ retryDays: 15 }), "retryDays"],
  ["type unknown", charge({ type: "ONCE" }), "type"],
  ["processingMode unknown", charge({ processingMode: "SOMETIMES" }), "processingMode"],
  [
    "SINGLE_ATTEMPT with retryDays",
    charge({ processingMode: "SINGLE_ATTEMPT", retryDays: 2 }),
    "processingMode",
  ],
  ["orderId with _", charge({ orderId: "order_1" }), "orderId"],
  ["orderId empty", charge({ orderId: "" }), "orderId"],
  ["orderId 51 chars", charge({ orderId: "o".repeat(51) }), "orderId"],
  ["externalId 65 chars", charge({ externalId: "e".repeat(65) }), "externalId"],
  ["due on UNSCHEDULED", charge({ type: "UNSCHEDULED", retryDays: undefined }), "due"],
  ["amount above 5 × price", charge({ amount: 29_900 * 5 + 1 }), "amount"],
];

async function expectField(
  res: { status: number; body: unknown; headers: Headers },
  field: string,
  label: string,
) {
  expect(res.status, label).toBe(400);
  expect(res.headers.get("content-type"), label).toBe("application/json;charset=UTF-8");
  const body = res.body as {
    type: string;
    status: number;
    contextId: string;
    extraDetails: { name: string; reason: string }[];
  };
  expect(body.type, label).toMatch(
    /^https:\/\/developer\.vippsmobilepay\.com\/docs\/APIs\/recurring-api\/recurring-api-problems#/,
  );
  expect(body.status).toBe(400);
  expect(body.contextId).toMatch(/^[0-9a-f-]{36}$/);
  expect(
    body.extraDetails.map((d) => d.name),
    label,
  ).toContain(field);
}

describe("draft agreement: every field constraint", () => {
  it.each(DRAFT_CASES)("%s → 400 naming %s", async (label, body, field) => {
    await expectField(await emu.vipps.post(A, body), field, label);
  });

  it("suggestedMaxAmount above the currency cap → invalid-suggested-max-amount", async () => {
    const res = await emu.vipps.post(
      A,
      pricing({ type: "VARIABLE", amount: undefined, suggestedMaxAmount: 2_000_001 }),
    );
    await expectField(res, "pricing.suggestedMaxAmount", "cap");
    expect((res.body as { type: string }).type).toMatch(/#invalid-suggested-max-amount$/);
  });

  it("skipLandingPage on a sales unit that is not allow-listed → 403", async () => {
    const res = await emu.vipps.post(A, with_({ skipLandingPage: true }));
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ extraDetails: [{ name: "skipLandingPage" }] });
  });
});

describe("create charge: every field constraint", () => {
  it.each(CHARGE_CASES)("%s → 400 naming %s", async (label, body, field) => {
    await expectField(await emu.vipps.createCharge(active, body), field, label);
  });
});

describe("update, accept, capture, refund, bulk, webhooks", () => {
  const patchCases: Case[] = [
    ["status other than STOPPED", { status: "ACTIVE" }, "status"],
    ["status with other fields", { status: "STOPPED", productName: "x" }, "status"],
    ["productName 46 chars", { productName: "x".repeat(46) }, "productName"],
    ["productName empty", { productName: "" }, "productName"],
    ["productDescription 101 chars", { productDescription: "x".repeat(101) }, "productDescription"],
    ["merchantAgreementUrl not https", { merchantAgreementUrl: "ftp://x" }, "merchantAgreementUrl"],
    ["externalId 65 chars", { externalId: "e".repeat(65) }, "externalId"],
    [
      "pricing.suggestedMaxAmount on LEGACY",
      { pricing: { suggestedMaxAmount: 1000 } },
      "pricing.suggestedMaxAmount",
    ],
    ["pricing.amount below 100", { pricing: { amount: 10 } }, "pricing.amount"],
    ["pricing.type changed", { pricing: { type: "VARIABLE" } }, "pricing.type"],
    ["interval.period missing for RECURRING", { interval: { type: "RECURRING" } }, "interval.period"],
    [
      "interval.period with FLEXIBLE",
      { interval: { type: "FLEXIBLE", period: { unit: "MONTH", count: 1 } } },
      "interval.period",
    ],
    ["interval.type unknown", { interval: { type: "SOMETIMES" } }, "interval.type"],
    [
      "campaign added",
      { campaign: { type: "PRICE_CAMPAIGN", price: 100, end: "2040-01-01T00:00:00Z" } },
      "campaign",
    ],
  ];
  it.each(patchCases)("PATCH agreement: %s → 400 naming %s", async (label, body, field) => {
    await expectField(await emu.vipps.patch(`${A}/${active}`, body), field, label);
  });

  it("PATCH accept: phoneNumber missing or malformed", async () => {
    const { agreementId } = await emu.vipps.draft();
    await expectField(await emu.vipps.patch(`${A}/${agreementId}/accept`, {}), "phoneNumber", "missing");
    await expectField(
      await emu.vipps.patch(`${A}/${agreementId}/accept`, { phoneNumber: "12 34" }),
      "phoneNumber",
      "malformed",
    );
  });

  it("capture: amount missing, below 100, not an integer", async () => {
    const path = `${A}/${active}/charges/${reservedCharge}/capture`;
    for (const body of [{}, { amount: 99 }, { amount: "1000.5" }])
      await expectField(await emu.vipps.post(path, body), "amount", JSON.stringify(body));
  });

  it("refund: amount and description", async () => {
    const path = `${A}/${active}/charges/${reservedCharge}/refund`;
    await expectField(await emu.vipps.post(path, { description: "x" }), "amount", "amount missing");
    await expectField(await emu.vipps.post(path, { amount: 1000 }), "description", "description missing");
    await expectField(
      await emu.vipps.post(path, { amount: 1000, description: "x".repeat(101) }),
      "description",
      "description long",
    );
  });

  it("bulk: not an array, empty, over 2000 items, and per-item errors naming fields", async () => {
    const path = "/recurring/v3/agreements/charges";
    await expectField(await emu.vipps.post(path, { agreementId: active }), "body", "object");
    await expectField(await emu.vipps.post(path, []), "body", "empty");
    const item = {
      agreementId: active,
      amount: 1000,
      transactionType: "DIRECT_CAPTURE",
      description: "B",
      due,
      retryDays: 1,
      orderId: "b-1",
    };
    await expectField(
      await emu.vipps.post(
        path,
        Array.from({ length: 2001 }, (_, i) => ({ ...item, orderId: `b-${i}` })),
      ),
      "body",
      "2001",
    );
    const res = await emu.vipps.post(path, [
      { ...item, orderId: undefined, retryDays: undefined, agreementId: undefined },
    ]);
    expect(res.status).toBe(202);
    const errors = (res.body as { invalidCharges: { errors: string[] }[] }).invalidCharges[0]!.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^agreementId:/),
        expect.stringMatching(/^retryDays:/),
        expect.stringMatching(/^orderId:/),
      ]),
    );
  });
});

describe("malformed requests, headers and ids", () => {
  const valid = () => JSON.stringify(base());

  it("malformed JSON → 400 invalid-json", async () => {
    const res = await emu.vipps.post(A, undefined, { raw: '{"pricing": ' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: expect.stringMatching(/#invalid-json$/) as unknown });
  });

  it("a JSON array where an object belongs → 400 naming body", async () => {
    await expectField(await emu.vipps.post(A, []), "body", "array");
  });

  it("empty body → 400 naming body", async () => {
    await expectField(await emu.vipps.post(A, undefined, { raw: "" }), "body", "empty");
  });

  it("wrong content type → 415 unsupported-media-type; missing content type → 400 missing-request-header", async () => {
    const wrong = await emu.vipps.post(A, undefined, {
      raw: valid(),
      headers: { "Content-Type": "text/plain" },
    });
    expect(wrong.status).toBe(415);
    expect(wrong.body).toMatchObject({ type: expect.stringMatching(/#unsupported-media-type$/) as unknown });
    const missing = await fetch(`${emu.url}${A}`, {
      method: "POST",
      body: Buffer.from(valid()),
      headers: {
        Authorization: `Bearer ${await emu.vipps.accessToken()}`,
        "Ocp-Apim-Subscription-Key": "abo-test-subscription-key",
        "Idempotency-Key": "no-ct",
      },
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      type: expect.stringMatching(/#missing-request-header$/) as unknown,
    });
    const charset = await emu.vipps.post(A, undefined, {
      raw: valid(),
      headers: { "Content-Type": "application/json; charset=utf-8" },
    });
    expect(charset.status).toBe(201);
  });

  it("missing or invalid subscription key → APIM 401", async () => {
    const missing = await emu.vipps.get(A, { headers: { "Ocp-Apim-Subscription-Key": undefined } });
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({
      statusCode: 401,
      message: expect.stringMatching(/missing subscription key/) as unknown,
    });
    const invalid = await emu.vipps.get(A, { headers: { "Ocp-Apim-Subscription-Key": "wrong" } });
    expect(invalid.body).toEqual({
      statusCode: 401,
      message: expect.stringMatching(/invalid subscription key/) as unknown,
    });
  });

  it("missing Bearer, a bad token, or another merchant's key → 401", async () => {
    const token = await emu.vipps.accessToken();
    for (const authorization of [undefined, token, "Bearer nonsense", `Bearer ${token.slice(0, -2)}xx`]) {
      const res = await emu.vipps.get(A, { headers: { Authorization: authorization } });
      expect(res.status, String(authorization).slice(0, 20)).toBe(401);
    }
    const otherKey = await emu.vipps.get(A, {
      headers: { "Ocp-Apim-Subscription-Key": "abo-test-subscription-key-dk" },
    });
    expect(otherKey.status).toBe(401);
  });

  it("a Merchant-Serial-Number that is not the token's → 403", async () => {
    const res = await emu.vipps.get(A, { headers: { "Merchant-Serial-Number": "223456" } });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ extraDetails: [{ name: "Merchant-Serial-Number" }] });
    expect((await emu.vipps.get(A, { headers: { "Merchant-Serial-Number": undefined } })).status).toBe(200);
  });

  it("tolerates extra headers, client credentials on every call and a [] body on DELETE", async () => {
    const id = await emu.vipps.activeAgreement();
    const c = (await emu.vipps.createCharge(id, { due })).body as { chargeId: string };
    const res = await emu.vipps.delete(`${A}/${id}/charges/${c.chargeId}`, {
      raw: "[]",
      headers: {
        client_id: "abo-test-client",
        client_secret: "abo-test-secret",
        "Vipps-System-Name": "woocommerce",
        "X-Whatever": "1",
      },
    });
    expect(res.status).toBe(204);
  });

  it("unknown ids → 404; another merchant's agreement → 404; unknown paths → APIM 404", async () => {
    expect((await emu.vipps.get(`${A}/agr_XXXXXXX`)).status).toBe(404);
    expect((await emu.vipps.get(`${A}/agr_XXXXXXX/charges`)).status).toBe(404);
    expect((await emu.vipps.get(`${A}/${active}/charges/nope`)).body).toMatchObject({
      detail: "Charge not found.",
    });
    expect((await emu.vipps.post(`${A}/agr_XXXXXXX/charges/x/capture`, { amount: 100 })).status).toBe(404);
    expect((await emu.merchant("223456").get(`${A}/${active}`)).status).toBe(404);
    const unknown = await emu.vipps.get("/recurring/v3/nothing-here");
    expect(unknown.body).toEqual({ statusCode: 404, message: "Resource not found" });
    expect(
      (await emu.vipps.delete("/webhooks/v1/webhooks/00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
  });

  it("bad query parameters → 400 naming them", async () => {
    await expectField(await emu.vipps.get(`${A}?status=LIVE`), "status", "status");
    await expectField(await emu.vipps.get(`${A}?createdAfter=yesterday`), "createdAfter", "createdAfter");
    await expectField(await emu.vipps.get(`${A}?pageNumber=0`), "pageNumber", "pageNumber");
    await expectField(await emu.vipps.get(`${A}/${active}/charges?status=PAID`), "status", "charge status");
  });

  it("a body larger than 10 MB → 413", async () => {
    const res = await emu.vipps.post(A, undefined, { raw: `{"x":"${"a".repeat(10 * 1024 * 1024)}"}` });
    expect(res.status).toBe(413);
  });
});
