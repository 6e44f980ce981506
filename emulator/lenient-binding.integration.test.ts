import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueIn, startTestEmulator, type HttpResult, type TestEmulator } from "./test-support/harness";

// As lenient as Vipps's JSON binding, and no more (README "Request bodies"): numbers may come as
// JSON strings of digits, booleans as "true"/"false", unknown fields are ignored; fractions,
// other text and unknown enum values are refused with 400 naming the field.

const A = "/recurring/v3/agreements";
let emu: TestEmulator;
let future: string;

beforeAll(async () => {
  emu = await startTestEmulator();
  future = new Date((await emu.now()) + 60 * 86_400_000).toISOString();
});
afterAll(async () => {
  await emu?.close();
});

const draftBody = (patch: Record<string, unknown> = {}) => ({
  pricing: { type: "LEGACY", amount: 29_900, currency: "NOK" },
  interval: { unit: "MONTH", count: 1 },
  productName: "Avis",
  merchantRedirectUrl: "https://example.com/r",
  merchantAgreementUrl: "https://example.com/a",
  ...patch,
});

type TAgreement = {
  status: string;
  interval: { unit: string; count: number };
  pricing: { amount: number };
  campaign: { price: number; period?: { unit: string; count: number } } | null;
  vippsConfirmationUrl: string;
};

async function drafted(patch: Record<string, unknown>): Promise<TAgreement> {
  const res = await emu.vipps.post(A, draftBody(patch));
  expect(res.status, res.text).toBe(201);
  const { agreementId } = res.body as { agreementId: string };
  return (await emu.vipps.get(`${A}/${agreementId}`)).body as TAgreement;
}

function expectRefused(res: HttpResult, field: string, reason: RegExp): void {
  expect(res.status, res.text).toBe(400);
  expect((res.body as { extraDetails: { name: string; reason: string }[] }).extraDetails).toContainEqual({
    name: field,
    reason: expect.stringMatching(reason) as unknown,
  });
}

describe("integers", () => {
  it('accepts a string of digits: interval {"unit":"WEEK","count":"2"}, campaign period count "2"', async () => {
    const weekly = await drafted({ interval: { unit: "WEEK", count: "2" } });
    expect(weekly.interval).toMatchObject({ unit: "WEEK", count: 2 });
    const campaign = await drafted({
      campaign: { type: "PERIOD_CAMPAIGN", price: "100", period: { unit: "DAY", count: "2" } },
    });
    expect(campaign.campaign).toMatchObject({ price: 100, period: { unit: "DAY", count: 2 } });
  });

  it.each([
    ["a fraction", 2.5],
    ["a fraction as text", "2.5"],
    ["an exponent as text", "1e1"],
    ["a word", "two"],
    ["an empty string", ""],
    ["digits with spaces", " 2"],
    ["a boolean", true],
  ])("refuses %s for interval.count", async (_label, count) => {
    expectRefused(
      await emu.vipps.post(A, draftBody({ interval: { unit: "MONTH", count } })),
      "interval.count",
      /must be an integer/,
    );
  });

  it("checks the range after conversion", async () => {
    expectRefused(
      await emu.vipps.post(A, draftBody({ interval: { unit: "MONTH", count: "32" } })),
      "interval.count",
      /less than or equal to 31/,
    );
  });
});

describe("amounts", () => {
  it("accepts amounts as strings of digits on draft, charge, capture and refund", async () => {
    expect((await drafted({ pricing: { amount: "29900", currency: "NOK" } })).pricing.amount).toBe(29_900);
    const id = await emu.vipps.activeAgreement({
      initialCharge: { amount: "5000", description: "Box", transactionType: "RESERVE_CAPTURE" },
    });
    const [initial] = (await emu.vipps.get(`${A}/${id}/charges`)).body as { id: string; amount: number }[];
    expect(initial!.amount).toBe(5000);
    const path = `${A}/${id}/charges/${initial!.id}`;
    expect((await emu.vipps.post(`${path}/capture`, { amount: "5000" })).status).toBe(204);
    expect((await emu.vipps.post(`${path}/refund`, { amount: "1000", description: "Sorry" })).status).toBe(
      204,
    );
    expect((await emu.vipps.get(path)).body).toMatchObject({
      status: "PARTIALLY_REFUNDED",
      summary: { captured: 5000, refunded: 1000 },
    });
    const created = await emu.vipps.createCharge(id, {
      amount: "29900",
      due: dueIn(2, await emu.now()),
      retryDays: "0",
      processingMode: "SINGLE_ATTEMPT",
    });
    expect(created.status, created.text).toBe(201);
    const { chargeId } = created.body as { chargeId: string };
    expect((await emu.vipps.get(`${A}/${id}/charges/${chargeId}`)).body).toMatchObject({
      amount: 29_900,
      retryDays: 0,
    });
  });

  it("accepts string amounts in bulk items too", async () => {
    const id = await emu.vipps.activeAgreement();
    const item = {
      agreementId: id,
      amount: "1500",
      transactionType: "DIRECT_CAPTURE",
      description: "Bulk",
      due: dueIn(3, await emu.now()),
      retryDays: "2",
      orderId: `bulk-lenient-${Date.now()}`,
    };
    const res = await emu.vipps.post(`${A}/charges`, [item]);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ validCharges: [item.orderId], invalidCharges: [] });
  });

  it.each([
    ["a fraction", 299.5],
    ["a decimal as text", "299.00"],
    ["a word", "lots"],
    ["a negative number as text", "-100"],
  ])("refuses %s for pricing.amount", async (_label, amount) => {
    expectRefused(
      await emu.vipps.post(A, draftBody({ pricing: { amount, currency: "NOK" } })),
      "pricing.amount",
      /must be an integer|greater than or equal to 100/,
    );
  });

  it("refuses a fraction on capture", async () => {
    const id = await emu.vipps.activeAgreement({
      initialCharge: { amount: 5000, description: "Box", transactionType: "RESERVE_CAPTURE" },
    });
    const [initial] = (await emu.vipps.get(`${A}/${id}/charges`)).body as { id: string }[];
    expectRefused(
      await emu.vipps.post(`${A}/${id}/charges/${initial!.id}/capture`, { amount: "1000.5" }),
      "amount",
      /must be an integer/,
    );
  });
});

describe("booleans", () => {
  it('accepts "true" and "false"', async () => {
    const app = await drafted({ isApp: "true", merchantRedirectUrl: "myapp://back" });
    expect(app.vippsConfirmationUrl).toMatch(/^vipps(MT)?:\/\//);
    const web = await drafted({ isApp: "false", skipLandingPage: "false" });
    expect(web.vippsConfirmationUrl).toMatch(/^https?:\/\//);
  });

  it.each([
    ["a word", "yes"],
    ["a number", 1],
    ["upper case", "TRUE"],
  ])("refuses %s", async (_label, isApp) => {
    expectRefused(await emu.vipps.post(A, draftBody({ isApp })), "isApp", /must be a boolean/);
  });
});

describe("enums", () => {
  it("accept their exact names", async () => {
    expect((await drafted({ interval: { unit: "DAY", count: 30 } })).interval.unit).toBe("DAY");
  });

  it.each([
    ["lower case", "week", "interval.unit"],
    ["an unknown name", "FORTNIGHT", "interval.unit"],
    ["a number", 1, "interval.unit"],
  ])("refuse %s", async (_label, unit, field) => {
    expectRefused(
      await emu.vipps.post(A, draftBody({ interval: { unit, count: 1 } })),
      field,
      /must be one of/,
    );
  });

  it("refuse an unknown transactionType on a charge", async () => {
    const id = await emu.vipps.activeAgreement();
    expectRefused(
      await emu.vipps.createCharge(id, { transactionType: "direct_capture" }),
      "transactionType",
      /must be one of/,
    );
  });
});

describe("unknown fields", () => {
  it("are ignored at the top level and inside objects", async () => {
    const a = await drafted({
      shippingDetails: { street: "Gate 1" },
      pricing: { amount: 29_900, currency: "NOK", discount: 10 },
      interval: { unit: "MONTH", count: 1, anchor: "first" },
      campaign: { type: "PRICE_CAMPAIGN", price: 100, end: future, banner: "Spring" },
    });
    expect(a.status).toBe("PENDING");
    expect(a).not.toHaveProperty("shippingDetails");
    const id = await emu.vipps.activeAgreement();
    const created = await emu.vipps.createCharge(id, {
      due: dueIn(2, await emu.now()),
      vat: 25,
    });
    expect(created.status, created.text).toBe(201);
  });
});
