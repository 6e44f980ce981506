import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueIn, startTestEmulator, type TestEmulator } from "./test-support/harness";

// FACTS §3 idempotency over HTTP: replay without a second side effect, 409 on a different request,
// 4xx remembered, 5xx not, keys per merchant, the header's format rules.

const A = "/recurring/v3/agreements";
let emu: TestEmulator;
let agreementId: string;
let due: string;

beforeAll(async () => {
  emu = await startTestEmulator();
  agreementId = await emu.vipps.activeAgreement();
  due = dueIn(3, await emu.now());
});
afterAll(async () => {
  await emu?.close();
});

const chargesCount = async () =>
  ((await emu.vipps.get(`${A}/${agreementId}/charges`)).body as unknown[]).length;

describe("idempotency", () => {
  it("replays the stored response (status and body) for the same key and request, with no second charge", async () => {
    const before = await chargesCount();
    const body = { amount: 1000, transactionType: "DIRECT_CAPTURE", description: "Once", due, retryDays: 1 };
    const first = await emu.vipps.createCharge(agreementId, body, { idempotencyKey: "idem-replay-1" });
    const second = await emu.vipps.createCharge(agreementId, body, { idempotencyKey: "idem-replay-1" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(await chargesCount()).toBe(before + 1);
  });

  it("treats reordered keys and whitespace as the same body", async () => {
    const raw1 = `{"amount":1000,"transactionType":"DIRECT_CAPTURE","description":"Same","due":"${due}","retryDays":1}`;
    const raw2 = `{ "retryDays": 1, "due": "${due}", "description": "Same", "transactionType": "DIRECT_CAPTURE", "amount": 1000 }`;
    const a = await emu.vipps.post(`${A}/${agreementId}/charges`, undefined, {
      idempotencyKey: "idem-canon",
      raw: raw1,
    });
    const b = await emu.vipps.post(`${A}/${agreementId}/charges`, undefined, {
      idempotencyKey: "idem-canon",
      raw: raw2,
    });
    expect(b.status).toBe(201);
    expect(b.body).toEqual(a.body);
  });

  it("answers 409 idempotency-conflict for the same key on a different body, path or method", async () => {
    const body = { amount: 1000, transactionType: "DIRECT_CAPTURE", description: "A", due, retryDays: 1 };
    await emu.vipps.createCharge(agreementId, body, { idempotencyKey: "idem-conflict" });
    const otherBody = await emu.vipps.createCharge(
      agreementId,
      { ...body, amount: 2000 },
      { idempotencyKey: "idem-conflict" },
    );
    expect(otherBody.status).toBe(409);
    expect(otherBody.body).toMatchObject({
      type: expect.stringMatching(/#idempotency-conflict$/) as unknown,
      extraDetails: [{ name: "Idempotency-Key" }],
    });
    const otherPath = await emu.vipps.patch(
      `${A}/${agreementId}`,
      { productName: "x" },
      { idempotencyKey: "idem-conflict" },
    );
    expect(otherPath.status).toBe(409);
  });

  it("remembers a 4xx: the same request with the same key gets the same error, even once it would succeed", async () => {
    const { agreementId: pending } = await emu.vipps.draft();
    const body = {
      amount: 1000,
      transactionType: "DIRECT_CAPTURE",
      description: "Too early",
      due,
      retryDays: 1,
    };
    const first = await emu.vipps.createCharge(pending, body, { idempotencyKey: "idem-4xx" });
    expect(first.status).toBe(400);
    await emu.vipps.patch(`${A}/${pending}/accept`, { phoneNumber: "4712345678" });
    const again = await emu.vipps.createCharge(pending, body, { idempotencyKey: "idem-4xx" });
    expect(again.status).toBe(400);
    expect(again.text).toBe(first.text);
    const fresh = await emu.vipps.createCharge(pending, body, { idempotencyKey: "idem-4xx-new" });
    expect(fresh.status).toBe(201);
  });

  it("does not remember a 5xx: a retry with the same key is executed", async () => {
    await emu.control("POST", "/_emulator/faults", {
      rate5xx: 1,
      applyBeforeFailure: 0,
      pathPattern: "/charges$",
    });
    const body = {
      amount: 1000,
      transactionType: "DIRECT_CAPTURE",
      description: "Retry me",
      due,
      retryDays: 1,
    };
    const failed = await emu.vipps.createCharge(agreementId, body, { idempotencyKey: "idem-5xx" });
    expect(failed.status).toBe(500);
    await emu.control("DELETE", "/_emulator/faults");
    const retried = await emu.vipps.createCharge(agreementId, body, { idempotencyKey: "idem-5xx" });
    expect(retried.status).toBe(201);
  });

  it("replays the real outcome after a 5xx that happened after the operation was applied", async () => {
    const before = await chargesCount();
    await emu.control("POST", "/_emulator/faults", {
      rate5xx: 1,
      applyBeforeFailure: 1,
      pathPattern: "/charges$",
    });
    const body = {
      amount: 1000,
      transactionType: "DIRECT_CAPTURE",
      description: "Applied",
      due,
      retryDays: 1,
    };
    expect((await emu.vipps.createCharge(agreementId, body, { idempotencyKey: "idem-after" })).status).toBe(
      500,
    );
    await emu.control("DELETE", "/_emulator/faults");
    const retried = await emu.vipps.createCharge(agreementId, body, { idempotencyKey: "idem-after" });
    expect(retried.status).toBe(201);
    expect(await chargesCount()).toBe(before + 1);
  });

  it("scopes keys per merchant", async () => {
    const body = {
      amount: 1000,
      transactionType: "DIRECT_CAPTURE",
      description: "Per MSN",
      due,
      retryDays: 1,
    };
    const dk = emu.merchant("223456");
    const dkAgreement = await dk.activeAgreement();
    expect((await emu.vipps.createCharge(agreementId, body, { idempotencyKey: "idem-shared" })).status).toBe(
      201,
    );
    expect((await dk.createCharge(dkAgreement, body, { idempotencyKey: "idem-shared" })).status).toBe(201);
  });

  it("applies to PATCH and DELETE too: a repeated stop or cancel is replayed, not re-evaluated", async () => {
    const id = await emu.vipps.activeAgreement();
    const stop1 = await emu.vipps.patch(`${A}/${id}`, { status: "STOPPED" }, { idempotencyKey: "idem-stop" });
    const stop2 = await emu.vipps.patch(`${A}/${id}`, { status: "STOPPED" }, { idempotencyKey: "idem-stop" });
    expect([stop1.status, stop2.status]).toEqual([204, 204]);
    const id2 = await emu.vipps.activeAgreement();
    const c = (await emu.vipps.createCharge(id2, { due })).body as { chargeId: string };
    const del1 = await emu.vipps.delete(`${A}/${id2}/charges/${c.chargeId}`, {
      idempotencyKey: "idem-del",
      raw: "[]",
    });
    const del2 = await emu.vipps.delete(`${A}/${id2}/charges/${c.chargeId}`, { idempotencyKey: "idem-del" });
    expect([del1.status, del2.status]).toEqual([204, 204]);
  });

  it("requires the header on POST, PATCH and DELETE with its format rules (400 idempotency-key-header)", async () => {
    const body = { amount: 1000, transactionType: "DIRECT_CAPTURE", description: "x", due, retryDays: 1 };
    const missing = await emu.vipps.createCharge(agreementId, body, { idempotencyKey: false });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      type: expect.stringMatching(/#idempotency-key-header$/) as unknown,
    });
    for (const bad of ["a".repeat(41), "has#hash", "has?q", "has/slash", "back\\slash"]) {
      const res = await emu.vipps.createCharge(agreementId, body, { idempotencyKey: bad });
      expect(res.status, bad).toBe(400);
      expect(res.body).toMatchObject({ extraDetails: [{ name: "Idempotency-Key" }] });
    }
    expect((await emu.vipps.createCharge(agreementId, body, { idempotencyKey: "a".repeat(40) })).status).toBe(
      201,
    );
    const del = await emu.vipps.delete(`${A}/${agreementId}/charges/x`, { idempotencyKey: false });
    expect(del.status).toBe(400);
    const patch = await emu.vipps.patch(
      `${A}/${agreementId}`,
      { productName: "x" },
      { idempotencyKey: false },
    );
    expect(patch.status).toBe(400);
  });

  it("shows the key in the charge history", async () => {
    const res = await emu.vipps.createCharge(agreementId, { due }, { idempotencyKey: "idem-history" });
    const chargeId = (res.body as { chargeId: string }).chargeId;
    const c = (await emu.vipps.get(`${A}/${agreementId}/charges/${chargeId}`)).body as {
      history: { idempotencyKey: string }[];
    };
    expect(c.history[0]!.idempotencyKey).toBe("idem-history");
  });
});
