import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RECURRING_EVENTS } from "./webhooks/events";
import { chargeBody, eventually, startTestEmulator, type TestEmulator } from "./test-support/harness";
import { startReceiver, type WebhookReceiver } from "./test-support/webhook-receiver";

// FACTS §6.2 and §7 over HTTP on a manual clock: every charge transition, retries, limits and
// deadlines, moved along by clock advances that run the 07:00 UTC batch.

const A = "/recurring/v3/agreements";
const START = "2030-01-15T12:00:00Z";
let emu: TestEmulator;
let hooks: WebhookReceiver;

type Charge = {
  id: string;
  status: string;
  type: string;
  failureReason: string | null;
  transactionId: string | null;
  retryDays: number;
  summary: { captured: number; refunded: number; cancelled: number };
  history: { event: string; idempotencyKey: string; occurred: string }[];
};

const charge = async (agreementId: string, chargeId: string) =>
  (await emu.vipps.get(`${A}/${agreementId}/charges/${chargeId}`)).body as Charge;
const hooksFor = (chargeId: string) =>
  hooks.received.filter((h) => h.json.chargeId === chargeId).map((h) => h.json);
const advance = (by: Record<string, number>) => emu.control("POST", "/_emulator/clock/advance", by);
const setClock = (now: string) => emu.control("POST", "/_emulator/clock", { now });

async function create(
  agreementId: string,
  body: Record<string, unknown>,
  idempotencyKey?: string,
): Promise<string> {
  const res = await emu.vipps.createCharge(agreementId, body, { idempotencyKey });
  expect(res.status, res.text).toBe(201);
  return (res.body as { chargeId: string }).chargeId;
}

beforeAll(async () => {
  emu = await startTestEmulator();
  hooks = await startReceiver();
  await emu.vipps.post(
    "/webhooks/v1/webhooks",
    { url: hooks.url, events: RECURRING_EVENTS },
    { idempotencyKey: false },
  );
});
afterAll(async () => {
  await emu?.close();
  await hooks?.close();
});
beforeEach(async () => {
  // Jump well past earlier tests' timers, to a fresh 12:00 UTC.
  const now = await emu.now();
  const next = new Date(Math.max(now, Date.parse(START)) + 400 * 86_400_000);
  next.setUTCHours(12, 0, 0, 0);
  await setClock(next.toISOString());
});

const day = async (offset: number) =>
  new Date((await emu.now()) + offset * 86_400_000).toISOString().slice(0, 10);

describe("the happy paths", () => {
  it("PENDING → DUE 30 days ahead → CHARGED in the 07:00 batch on the due date", async () => {
    const id = await emu.vipps.activeAgreement();
    const chargeId = await create(id, { due: await day(40), retryDays: 2 }, "create-key-1");
    expect(await charge(id, chargeId)).toMatchObject({ status: "PENDING", transactionId: null });
    await advance({ days: 9, hours: 13 });
    expect((await charge(id, chargeId)).status).toBe("DUE");
    await advance({ days: 30, hours: 5 }); // the due date, 06:00
    expect((await charge(id, chargeId)).status).toBe("DUE");
    await advance({ hours: 1 });
    const done = await charge(id, chargeId);
    expect(done).toMatchObject({
      status: "CHARGED",
      summary: { captured: 29_900, refunded: 0, cancelled: 0 },
    });
    expect(done.transactionId).toMatch(/^\d{10}$/);
    expect(done.history.map((h) => [h.event, h.idempotencyKey])).toEqual([
      ["CREATE", "create-key-1"],
      ["RESERVE", `${chargeId}-${id}-ProcessPayment`],
      ["CAPTURE", `${chargeId}-${id}-ProcessPayment`],
    ]);
    expect(done.history[1]!.occurred).toMatch(/T07:00:00Z$/);
    await eventually(() => (hooksFor(chargeId).length === 1 ? true : undefined));
    expect(hooksFor(chargeId)[0]).toMatchObject({
      eventType: "recurring.charge-captured.v1",
      chargeType: "RECURRING",
      amount: 29_900,
      amountCaptured: 29_900,
      currency: "NOK",
      transactionId: done.transactionId,
      failureReason: null,
    });
  });

  it("RESERVE_CAPTURE: DUE → RESERVED → PARTIALLY_CAPTURED → CHARGED", async () => {
    const id = await emu.vipps.activeAgreement();
    const chargeId = await create(id, {
      due: await day(1),
      transactionType: "RESERVE_CAPTURE",
      amount: 10_000,
    });
    await advance({ days: 1 });
    expect((await charge(id, chargeId)).status).toBe("RESERVED");
    const path = `${A}/${id}/charges/${chargeId}/capture`;
    expect((await emu.vipps.post(path, { amount: 3000, description: "part" })).status).toBe(204);
    expect((await charge(id, chargeId)).status).toBe("PARTIALLY_CAPTURED");
    expect((await emu.vipps.post(path, { amount: 3000 })).status).toBe(204);
    const over = await emu.vipps.post(path, { amount: 4001 });
    expect(over.body).toMatchObject({
      status: 400,
      detail: expect.stringMatching(/exceeds the reserved amount/) as unknown,
    });
    expect((await emu.vipps.post(path, { amount: 4000 })).status).toBe(204);
    expect(await charge(id, chargeId)).toMatchObject({ status: "CHARGED", summary: { captured: 10_000 } });
    await eventually(() => (hooksFor(chargeId).length === 4 ? true : undefined));
    expect(hooksFor(chargeId).map((h) => [h.eventType, h.amountCaptured])).toEqual([
      ["recurring.charge-reserved.v1", 0],
      ["recurring.charge-captured.v1", 3000],
      ["recurring.charge-captured.v1", 6000],
      ["recurring.charge-captured.v1", 10_000],
    ]);
  });

  it("CHARGED → PARTIALLY_REFUNDED → REFUNDED, and refunds made in the business portal", async () => {
    const id = await emu.vipps.activeAgreement();
    const chargeId = await create(id, { due: await day(1), amount: 10_000 });
    await advance({ days: 1 });
    const refund = (amount: number) =>
      emu.vipps.post(`${A}/${id}/charges/${chargeId}/refund`, { amount, description: "Goodwill" });
    expect((await refund(2000)).status).toBe(204);
    expect((await charge(id, chargeId)).status).toBe("PARTIALLY_REFUNDED");
    await emu.control("POST", `/_emulator/charges/${chargeId}/portal-refund`, { amount: 3000 });
    expect(await charge(id, chargeId)).toMatchObject({
      status: "PARTIALLY_REFUNDED",
      summary: { refunded: 5000 },
    });
    expect((await refund(5000)).status).toBe(204);
    expect(await charge(id, chargeId)).toMatchObject({
      status: "REFUNDED",
      summary: { captured: 10_000, refunded: 10_000 },
    });
    expect((await refund(100)).status).toBe(400);
    await eventually(() => (hooksFor(chargeId).length === 4 ? true : undefined));
    expect(hooksFor(chargeId).map((h) => [h.eventType, h.amountRefunded])).toEqual([
      ["recurring.charge-captured.v1", 0],
      ["recurring.charge-refunded.v1", 2000],
      ["recurring.charge-refunded.v1", 5000],
      ["recurring.charge-refunded.v1", 10_000],
    ]);
  });

  it("cancels PENDING and DUE charges; PARTIALLY_CAPTURED becomes CHARGED", async () => {
    const id = await emu.vipps.activeAgreement();
    const pending = await create(id, { due: await day(60) });
    const due = await create(id, { due: await day(2) });
    const reserved = await create(id, {
      due: await day(1),
      transactionType: "RESERVE_CAPTURE",
      amount: 10_000,
    });
    await advance({ days: 1 });
    await emu.vipps.post(`${A}/${id}/charges/${reserved}/capture`, { amount: 2500 });
    for (const c of [pending, due, reserved])
      expect((await emu.vipps.delete(`${A}/${id}/charges/${c}`)).status).toBe(204);
    expect((await charge(id, pending)).status).toBe("CANCELLED");
    expect((await charge(id, due)).status).toBe("CANCELLED");
    expect(await charge(id, reserved)).toMatchObject({
      status: "CHARGED",
      summary: { captured: 2500, cancelled: 7500 },
    });
    const again = await emu.vipps.delete(`${A}/${id}/charges/${due}`);
    expect(again.body).toMatchObject({
      status: 400,
      detail: "A charge with status CANCELLED cannot be cancelled",
    });
  });
});

describe("retries and failures", () => {
  it("stays DUE while retrying for retryDays, then FAILED (card declined)", async () => {
    const id = await emu.vipps.activeAgreement({}, "4790000001");
    const chargeId = await create(id, { due: await day(1), retryDays: 2 });
    await advance({ days: 1 });
    expect((await charge(id, chargeId)).status).toBe("DUE");
    await advance({ days: 1 });
    expect((await charge(id, chargeId)).status).toBe("DUE");
    await advance({ days: 1 });
    expect(await charge(id, chargeId)).toMatchObject({
      status: "FAILED",
      failureReason: "user_action_required",
    });
    await eventually(() => (hooksFor(chargeId).length === 1 ? true : undefined));
    expect(hooksFor(chargeId)[0]).toMatchObject({
      eventType: "recurring.charge-failed.v1",
      failureReason: "user_action_required",
      transactionId: null,
    });
  });

  it("retryDays 0 and SINGLE_ATTEMPT fail on the first attempt", async () => {
    const id = await emu.vipps.activeAgreement({}, "4790000001");
    const zero = await create(id, { due: await day(1), retryDays: 0 });
    const single = await create(id, { due: await day(1), retryDays: 0, processingMode: "SINGLE_ATTEMPT" });
    await advance({ days: 1 });
    expect((await charge(id, zero)).status).toBe("FAILED");
    expect((await charge(id, single)).status).toBe("FAILED");
  });

  it("insufficient funds that recover after 3 days: DUE for 3 days, then CHARGED (configurable per user)", async () => {
    const id = await emu.vipps.activeAgreement({}, "4790000002");
    const chargeId = await create(id, { due: await day(1), retryDays: 10 });
    await advance({ days: 3 });
    expect((await charge(id, chargeId)).status).toBe("DUE");
    await advance({ days: 1 });
    expect((await charge(id, chargeId)).status).toBe("CHARGED");
    await emu.control("POST", "/_emulator/users", {
      phoneNumber: "4790000009",
      outcome: "insufficient_funds",
      recoverAfterDays: 1,
    });
    const id2 = await emu.vipps.activeAgreement({}, "4790000009");
    const c2 = await create(id2, { due: await day(1), retryDays: 0 });
    await advance({ days: 1 });
    expect((await charge(id2, c2)).status).toBe("FAILED");
  });

  it("magic amount 201: PROCESSING for an hour, then CHARGED", async () => {
    const id = await emu.vipps.activeAgreement();
    const chargeId = await create(id, { due: await day(1), amount: 201 });
    await advance({ hours: 19, minutes: 30 }); // 07:30 on the due date
    expect((await charge(id, chargeId)).status).toBe("PROCESSING");
    await advance({ minutes: 60 });
    expect((await charge(id, chargeId)).status).toBe("CHARGED");
  });

  it("magic refund amounts 123 and 124 are refused", async () => {
    const id = await emu.vipps.activeAgreement();
    const chargeId = await create(id, { due: await day(1), amount: 10_000 });
    await advance({ days: 1 });
    for (const amount of [123, 124]) {
      const res = await emu.vipps.post(`${A}/${id}/charges/${chargeId}/refund`, { amount, description: "x" });
      expect(res.body).toMatchObject({
        status: 400,
        detail: expect.stringMatching(/Refund is not possible/) as unknown,
      });
    }
  });
});

describe("amount limits", () => {
  it("LEGACY: at most 5 × the price per interval period", async () => {
    const id = await emu.vipps.activeAgreement({
      pricing: { type: "LEGACY", amount: 10_000, currency: "NOK" },
    });
    const due = await day(3);
    for (let i = 0; i < 5; i++) await create(id, { due, amount: 10_000 });
    const over = await emu.vipps.createCharge(id, { due, amount: 100 });
    expect(over.body).toMatchObject({
      status: 400,
      type: expect.stringMatching(/#charge-amount-too-high$/) as unknown,
    });
    expect((await emu.vipps.createCharge(id, { due: await day(40), amount: 50_000 })).status).toBe(201);
  });

  it("VARIABLE: above the user's max but within the suggested max is accepted, stays DUE, then fails charge_amount_too_high", async () => {
    const id = await emu.vipps.activeAgreement({
      pricing: { type: "VARIABLE", suggestedMaxAmount: 50_000, currency: "NOK" },
    });
    await emu.control("POST", `/_emulator/agreements/${id}/max-amount`, { maxAmount: 20_000 });
    const tooHigh = await emu.vipps.createCharge(id, { due: await day(1), amount: 50_001 });
    expect(tooHigh.body).toMatchObject({
      status: 400,
      type: expect.stringMatching(/#charge-amount-too-high$/) as unknown,
    });
    const failing = await create(id, { due: await day(1), amount: 30_000, retryDays: 1 });
    const raised = await create(id, { due: await day(1), amount: 30_000, retryDays: 3 });
    await advance({ days: 1 });
    expect((await charge(id, failing)).status).toBe("DUE");
    await advance({ days: 1 });
    expect(await charge(id, failing)).toMatchObject({
      status: "FAILED",
      failureReason: "charge_amount_too_high",
    });
    await emu.control("POST", `/_emulator/agreements/${id}/max-amount`, { maxAmount: 40_000 });
    await advance({ days: 1 });
    expect((await charge(id, raised)).status).toBe("CHARGED");
  });
});

describe("due-date window", () => {
  it("1 day ahead by default; the 2-day legacy mode is switchable; 2 years at most", async () => {
    const id = await emu.vipps.activeAgreement();
    expect((await emu.vipps.createCharge(id, { due: await day(0) })).body).toMatchObject({
      type: expect.stringMatching(/#charge-due-too-soon$/) as unknown,
    });
    expect((await emu.vipps.createCharge(id, { due: await day(1) })).status).toBe(201);
    await emu.control("POST", "/_emulator/settings", { leadDays: 2 });
    try {
      expect((await emu.vipps.createCharge(id, { due: await day(1) })).body).toMatchObject({
        type: expect.stringMatching(/#charge-due-too-soon$/) as unknown,
      });
      expect((await emu.vipps.createCharge(id, { due: await day(2) })).status).toBe(201);
    } finally {
      await emu.control("POST", "/_emulator/settings", { leadDays: 1 });
    }
    expect((await emu.vipps.createCharge(id, { due: await day(800) })).body).toMatchObject({
      type: expect.stringMatching(/#charge-due-in-too-long$/) as unknown,
    });
  });
});

describe("deadlines", () => {
  it("Norway: a reservation is cancelled automatically after 180 days; capture after that is refused", async () => {
    const id = await emu.vipps.activeAgreement();
    const chargeId = await create(id, {
      due: await day(1),
      transactionType: "RESERVE_CAPTURE",
      amount: 10_000,
    });
    await advance({ days: 1 });
    await advance({ days: 179 });
    expect((await charge(id, chargeId)).status).toBe("RESERVED");
    await advance({ days: 1 });
    expect(await charge(id, chargeId)).toMatchObject({ status: "CANCELLED", summary: { cancelled: 10_000 } });
    const late = await emu.vipps.post(`${A}/${id}/charges/${chargeId}/capture`, { amount: 100 });
    expect(late.body).toMatchObject({
      status: 400,
      type: expect.stringMatching(/#charge-capture-failed$/) as unknown,
    });
    await eventually(() => (hooksFor(chargeId).length === 2 ? true : undefined));
    expect(hooksFor(chargeId).map((h) => h.eventType)).toEqual([
      "recurring.charge-reserved.v1",
      "recurring.charge-canceled.v1",
    ]);
  });

  it("Denmark: 14 days; a partial capture keeps its money and the rest is released (→ CHARGED)", async () => {
    const dk = emu.merchant("223456");
    const id = await dk.activeAgreement();
    const res = await dk.createCharge(id, {
      due: await day(1),
      transactionType: "RESERVE_CAPTURE",
      amount: 10_000,
    });
    const chargeId = (res.body as { chargeId: string }).chargeId;
    await advance({ days: 1 });
    await dk.post(`${A}/${id}/charges/${chargeId}/capture`, { amount: 4000 });
    await advance({ days: 14 });
    const c = (await dk.get(`${A}/${id}/charges/${chargeId}`)).body as Charge;
    expect(c).toMatchObject({ status: "CHARGED", summary: { captured: 4000, cancelled: 6000 } });
  });

  it("refunds are possible for 365 days after capture", async () => {
    const id = await emu.vipps.activeAgreement();
    const chargeId = await create(id, { due: await day(1), amount: 10_000 });
    await advance({ days: 1 }); // captured at 07:00, now 12:00
    await advance({ days: 364 });
    expect(
      (await emu.vipps.post(`${A}/${id}/charges/${chargeId}/refund`, { amount: 100, description: "ok" }))
        .status,
    ).toBe(204);
    await advance({ days: 1 });
    const late = await emu.vipps.post(`${A}/${id}/charges/${chargeId}/refund`, {
      amount: 100,
      description: "late",
    });
    expect(late.body).toMatchObject({ status: 400, detail: expect.stringMatching(/365 days/) as unknown });
  });
});

describe("other charge types", () => {
  it("UNSCHEDULED: processed right after creation, never retried; refused where not allow-listed", async () => {
    const id = await emu.vipps.activeAgreement({}, "4790000001");
    const chargeId = await create(id, { type: "UNSCHEDULED", due: undefined, retryDays: undefined });
    await eventually(async () => ((await charge(id, chargeId)).status === "FAILED" ? true : undefined));
    const dk = emu.merchant("223456");
    const dkId = await dk.activeAgreement();
    const refused = await dk.createCharge(dkId, {
      type: "UNSCHEDULED",
      due: undefined,
      retryDays: undefined,
    });
    expect(refused.body).toMatchObject({
      status: 400,
      detail: "Cannot create a charge with type 'UNSCHEDULED'",
    });
  });

  it("bulk: valid items become charges shortly after; later failures send charge-creation-failed", async () => {
    const id = await emu.vipps.activeAgreement();
    const stopped = await emu.vipps.activeAgreement();
    await emu.vipps.patch(`${A}/${stopped}`, { status: "STOPPED" });
    const item = {
      amount: 1000,
      transactionType: "DIRECT_CAPTURE",
      description: "Bulk",
      due: await day(2),
      retryDays: 1,
    };
    const res = await emu.vipps.post("/recurring/v3/agreements/charges", [
      { ...item, agreementId: id, orderId: "bulk-a-1" },
      { ...item, agreementId: stopped, orderId: "bulk-a-2" },
      { ...item, agreementId: "agr_missing", orderId: "bulk-a-3" },
      { ...item, agreementId: id, orderId: "bulk-a-1" },
    ]);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ validCharges: ["bulk-a-1", "bulk-a-2", "bulk-a-3"] });
    await emu.control("POST", "/_emulator/batches/run");
    expect((await charge(id, "bulk-a-1")).status).toBe("DUE");
    await eventually(() =>
      hooksFor("bulk-a-3").length === 1 && hooksFor("bulk-a-2").length === 1 ? true : undefined,
    );
    expect(hooksFor("bulk-a-2")[0]).toMatchObject({
      eventType: "recurring.charge-creation-failed.v1",
      failureCode: "charge-creation-failed",
    });
    expect(hooksFor("bulk-a-3")[0]).toMatchObject({
      eventType: "recurring.charge-creation-failed.v1",
      agreementId: "agr_missing",
    });
  });

  it("lists an agreement's charges page by page with a Continuation-Token, bound to its query", async () => {
    const id = await emu.vipps.activeAgreement();
    const created: string[] = [];
    for (let k = 2; k <= 6; k++) created.push(await create(id, { ...chargeBody(), due: await day(k) }));
    await emu.control("POST", "/_emulator/settings", { chargePageSize: 2 });
    try {
      const seen: string[] = [];
      const tokens: (string | null)[] = [];
      let token: string | undefined;
      do {
        const res = await emu.vipps.get(`${A}/${id}/charges`, { headers: { "Continuation-Token": token } });
        expect(res.status, res.text).toBe(200);
        seen.push(...(res.body as Charge[]).map((c) => c.id));
        tokens.push(res.headers.get("continuation-token"));
        token = res.headers.get("continuation-token") ?? undefined;
      } while (token);
      expect(seen.sort()).toEqual([...created].sort());
      expect(tokens.map((t) => t !== null)).toEqual([true, true, false]);

      // A token belongs to the query it came from, and an unknown one is refused plainly.
      const first = await emu.vipps.get(`${A}/${id}/charges`);
      const other = await emu.vipps.get(`${A}/${id}/charges?status=DUE`, {
        headers: { "Continuation-Token": first.headers.get("continuation-token")! },
      });
      expect(other.status).toBe(400);
      expect(other.text).toContain("Continuation-Token");
      const unknown = await emu.vipps.get(`${A}/${id}/charges`, {
        headers: { "Continuation-Token": "nope" },
      });
      expect(unknown.status).toBe(400);
    } finally {
      await emu.control("POST", "/_emulator/settings", { chargePageSize: 500 });
    }
  });
});
