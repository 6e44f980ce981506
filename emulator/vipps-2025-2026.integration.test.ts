import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { RECURRING_EVENTS } from "./webhooks/events";
import { dueIn, eventually, startTestEmulator, type TestEmulator } from "./test-support/harness";
import { startReceiver, type WebhookReceiver } from "./test-support/webhook-receiver";

// Recurring API changes of 2025–2026 (README "Changes 2025–2026"), each on the emulator's own clock
// set to explicit dates, so nothing here depends on today's date.

const A = "/recurring/v3/agreements";
const UNDER_18 = "4790000003"; // born 2012-05-17

type TAgreement = { status: string };
type TCharge = { id: string; status: string; failureReason: string | null };

let emu: TestEmulator | undefined;
let hooks: WebhookReceiver | undefined;
const extraEmulators: TestEmulator[] = [];

afterEach(async () => {
  await emu?.close();
  await hooks?.close();
  for (const e of extraEmulators.splice(0)) {
    await e.close();
    rmSync(e.dataDir, { recursive: true, force: true });
  }
  emu = undefined;
  hooks = undefined;
});

async function setup(at: string, options: Parameters<typeof startTestEmulator>[0] = {}) {
  const e = (emu = await startTestEmulator(options));
  const h = (hooks = await startReceiver());
  expect(
    (
      await e.vipps.post(
        "/webhooks/v1/webhooks",
        { url: h.url, events: RECURRING_EVENTS },
        { idempotencyKey: false },
      )
    ).status,
  ).toBe(201);
  await e.control("POST", "/_emulator/clock", { now: at });
  return { e, h };
}

const setClock = (e: TestEmulator, now: string) => e.control("POST", "/_emulator/clock", { now });
const status = async (e: TestEmulator, id: string) =>
  ((await e.vipps.get(`${A}/${id}`)).body as TAgreement).status;
const eventsOf = (h: WebhookReceiver, agreementId: string) =>
  h.received.filter((w) => w.json.agreementId === agreementId).map((w) => [w.json.eventType, w.json.actor]);

describe("sign-ups by users under 18 are refused from 9 Dec 2025", () => {
  it("before that day an under-18 user signs like anyone", async () => {
    const { e } = await setup("2025-12-08T20:00:00Z");
    const { agreementId } = await e.vipps.draft();
    expect((await e.vipps.patch(`${A}/${agreementId}/accept`, { phoneNumber: UNDER_18 })).status).toBe(204);
    expect(await status(e, agreementId)).toBe("ACTIVE");
  });

  it("from that day the approval is refused; the agreement stays PENDING and expires (agreement-expired)", async () => {
    const { e, h } = await setup("2025-12-09T08:00:00Z");
    const forced = await e.vipps.draft();
    expect((await e.vipps.patch(`${A}/${forced.agreementId}/accept`, { phoneNumber: UNDER_18 })).status).toBe(
      204,
    );
    expect(await status(e, forced.agreementId)).toBe("PENDING");

    const onPage = await e.vipps.draft();
    const token = new URL(onPage.vippsConfirmationUrl).searchParams.get("token")!;
    const page = await fetch(`${e.url}/dwo-api-application/v1/deeplink/vippsgateway`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token, decision: "approve", phoneNumber: UNDER_18 }),
      redirect: "manual",
    });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("under 18");
    expect(html).toContain('href="https://example.com/redirect"');
    const viaControl = await e.vipps.draft();
    expect(
      await e.control("POST", `/_emulator/agreements/${viaControl.agreementId}/approve`, {
        phoneNumber: UNDER_18,
      }),
    ).toMatchObject({ result: "refused-under-18", agreement: { status: "PENDING", pendingDecision: null } });

    await e.control("POST", "/_emulator/batches/run");
    const ids = [forced.agreementId, onPage.agreementId, viaControl.agreementId];
    for (const id of ids) expect(await status(e, id)).toBe("PENDING");
    await e.control("POST", "/_emulator/clock/advance", { minutes: 10 });
    for (const id of ids) expect(await status(e, id)).toBe("EXPIRED");
    // The merchant learns nothing else (GDPR): no rejection, only the expiry.
    await eventually(() => (ids.every((id) => eventsOf(h, id).length === 1) ? true : undefined));
    for (const id of ids) expect(eventsOf(h, id)).toEqual([["recurring.agreement-expired.v1", null]]);
  });

  it("follows the birth date on the emulator's clock: from the 18th birthday the user can sign", async () => {
    const { e } = await setup("2030-05-16T23:00:00Z");
    const before = await e.vipps.draft();
    await e.vipps.patch(`${A}/${before.agreementId}/accept`, { phoneNumber: UNDER_18 });
    expect(await status(e, before.agreementId)).toBe("PENDING");
    await setClock(e, "2030-05-17T00:00:00Z");
    const after = await e.vipps.draft();
    await e.vipps.patch(`${A}/${after.agreementId}/accept`, { phoneNumber: UNDER_18 });
    expect(await status(e, after.agreementId)).toBe("ACTIVE");
  });
});

describe("a deleted Vipps profile (July 2026)", () => {
  const PHONE = "4798700001";

  it("from July 2026 stops all the profile's ACTIVE agreements at once, actor ADMIN", async () => {
    const { e, h } = await setup("2026-08-03T10:00:00Z");
    await e.control("POST", "/_emulator/users", { phoneNumber: PHONE, market: "NO" });
    const plain = await e.vipps.activeAgreement(
      { initialCharge: { amount: 5000, description: "First", transactionType: "DIRECT_CAPTURE" } },
      PHONE,
    );
    const boxed = await e.vipps.activeAgreement(
      { initialCharge: { amount: 5000, description: "Box", transactionType: "RESERVE_CAPTURE" } },
      PHONE,
    );
    const someoneElse = await e.vipps.activeAgreement({}, "4712345678");
    const pending = await e.vipps.draft({ phoneNumber: PHONE });

    const res = await e.control<{ stopped: string[]; deletedAt: string }>(
      "POST",
      `/_emulator/users/${PHONE}/delete`,
    );
    expect(res.stopped.sort()).toEqual([plain, boxed].sort());
    expect(res.deletedAt).toBe("2026-08-03T10:00:00.000Z");
    expect(await status(e, plain)).toBe("STOPPED");
    expect(await status(e, boxed)).toBe("STOPPED");
    expect(await status(e, someoneElse)).toBe("ACTIVE");
    expect(await status(e, pending.agreementId)).toBe("PENDING");
    const [reserved] = (await e.vipps.get(`${A}/${boxed}/charges`)).body as TCharge[];
    expect(reserved!.status).toBe("CANCELLED");
    const [paid] = (await e.vipps.get(`${A}/${plain}/charges`)).body as TCharge[];
    const refund = await e.vipps.post(`${A}/${plain}/charges/${paid!.id}/refund`, {
      amount: 1000,
      description: "Goodwill",
    });
    expect(refund.status).toBe(400);
    expect((refund.body as { detail: string }).detail).toMatch(
      /Refund is not possible: the user has deleted/,
    );
    await eventually(() =>
      eventsOf(h, boxed).length === 4 && eventsOf(h, plain).length === 3 ? true : undefined,
    );
    expect(eventsOf(h, plain)).toEqual([
      ["recurring.agreement-activated.v1", "USER"],
      ["recurring.charge-captured.v1", undefined],
      ["recurring.agreement-stopped.v1", "ADMIN"],
    ]);
    expect(eventsOf(h, boxed)).toContainEqual(["recurring.agreement-stopped.v1", "ADMIN"]);
    expect(eventsOf(h, boxed)).toContainEqual(["recurring.charge-canceled.v1", undefined]);

    // The profile is gone: it cannot sign anything any more.
    const again = await e.controlRaw("POST", `/_emulator/agreements/${pending.agreementId}/approve`, {
      phoneNumber: PHONE,
    });
    expect(again.status).toBe(409);
    expect((await e.vipps.patch(`${A}/${pending.agreementId}/accept`, { phoneNumber: PHONE })).status).toBe(
      400,
    );
    expect((await e.controlRaw("POST", "/_emulator/users/4700000000/delete")).status).toBe(404);
  });

  it("before July 2026 the agreements stay ACTIVE and charges fail (non_technical_error) until the July clean-up, even across a restart", async () => {
    const { e, h } = await setup("2026-05-04T10:00:00Z");
    await e.control("POST", "/_emulator/users", { phoneNumber: PHONE, market: "NO" });
    const id = await e.vipps.activeAgreement({}, PHONE);
    const created = await e.vipps.createCharge(id, { due: dueIn(2, await e.now()), retryDays: 0 });
    const { chargeId } = created.body as { chargeId: string };
    expect(
      (await e.control<{ stopped: string[] }>("POST", `/_emulator/users/${PHONE}/delete`)).stopped,
    ).toEqual([]);
    await e.control("POST", "/_emulator/clock/advance", { days: 3 });
    expect(await status(e, id)).toBe("ACTIVE");
    expect((await e.vipps.get(`${A}/${id}/charges/${chargeId}`)).body).toMatchObject({
      status: "FAILED",
      failureReason: "non_technical_error",
    });

    await e.close({ keepData: true });
    const restarted = await startTestEmulator({ dataDir: e.dataDir });
    extraEmulators.push(restarted);
    await setClock(restarted, "2026-07-01T12:00:00Z");
    expect(await status(restarted, id)).toBe("STOPPED");
    await eventually(() =>
      eventsOf(h, id).some(([t]) => t === "recurring.agreement-stopped.v1") ? true : undefined,
    );
    expect(eventsOf(h, id)).toContainEqual(["recurring.agreement-stopped.v1", "ADMIN"]);
    emu = undefined; // closed above; the restarted one is closed by afterEach
  });
});

describe("charges (2025–2026)", () => {
  it("charge webhooks carry a transactionId per operation: repeated partial captures and refunds differ", async () => {
    const { e, h } = await setup("2026-03-02T10:00:00Z");
    const id = await e.vipps.activeAgreement({
      initialCharge: { amount: 10_000, description: "Box", transactionType: "RESERVE_CAPTURE" },
    });
    const [initial] = (await e.vipps.get(`${A}/${id}/charges`)).body as TCharge[];
    const path = `${A}/${id}/charges/${initial!.id}`;
    expect((await e.vipps.post(`${path}/capture`, { amount: 3000 })).status).toBe(204);
    expect((await e.vipps.post(`${path}/capture`, { amount: 7000 })).status).toBe(204);
    expect((await e.vipps.post(`${path}/refund`, { amount: 1000, description: "a" })).status).toBe(204);
    expect((await e.vipps.post(`${path}/refund`, { amount: 1000, description: "b" })).status).toBe(204);
    const charges = await eventually(() => {
      const got = h.received.filter((w) => w.json.chargeId === initial!.id);
      return got.length === 5 ? got.map((w) => w.json) : undefined;
    });
    expect(charges.map((c) => c.eventType)).toEqual([
      "recurring.charge-reserved.v1",
      "recurring.charge-captured.v1",
      "recurring.charge-captured.v1",
      "recurring.charge-refunded.v1",
      "recurring.charge-refunded.v1",
    ]);
    const ids = charges.map((c) => c.transactionId);
    for (const t of ids) expect(t).toMatch(/^\d{10}$/);
    expect(new Set(ids).size).toBe(5);
  });

  it("capture, cancel and refund refused for a charge's status name that status in `detail` (June 2026)", async () => {
    const { e } = await setup("2026-06-15T10:00:00Z");
    const id = await e.vipps.activeAgreement({
      initialCharge: { amount: 5000, description: "Box", transactionType: "DIRECT_CAPTURE" },
    });
    const [charged] = (await e.vipps.get(`${A}/${id}/charges`)).body as TCharge[];
    const due = (await e.vipps.createCharge(id, { due: dueIn(2, await e.now()) })).body as {
      chargeId: string;
    };
    const cases: [string, () => Promise<{ status: number; body: unknown }>, string][] = [
      [
        "capture",
        () => e.vipps.post(`${A}/${id}/charges/${charged!.id}/capture`, { amount: 1000 }),
        "CHARGED",
      ],
      ["cancel", () => e.vipps.delete(`${A}/${id}/charges/${charged!.id}`), "CHARGED"],
      [
        "refund",
        () => e.vipps.post(`${A}/${id}/charges/${due.chargeId}/refund`, { amount: 1000, description: "x" }),
        "DUE",
      ],
    ];
    for (const [op, send, current] of cases) {
      const res = await send();
      expect(res.status, op).toBe(400);
      expect((res.body as { detail: string }).detail, op).toContain(`status ${current}`);
    }
  });
});

describe("webhook registrations (Webhooks API)", () => {
  it("a registration unanswered for two weeks (wall clock × retry scale) is deleted; a healthy one stays", async () => {
    // 1e-6: two weeks are about 1.2 s, the whole retry schedule about 0.6 s.
    const { e, h } = await setup("2026-04-01T10:00:00Z", { webhookRetryScale: 1e-6 });
    const failing = await startReceiver();
    failing.respond = () => 500;
    try {
      const reg = await e.vipps.post(
        "/webhooks/v1/webhooks",
        { url: failing.url, events: ["recurring.agreement-rejected.v1"] },
        { idempotencyKey: false },
      );
      const failingId = (reg.body as { id: string }).id;
      const listed = async () =>
        ((await e.vipps.get("/webhooks/v1/webhooks")).body as { webhooks: { id: string }[] }).webhooks.map(
          (w) => w.id,
        );
      let rejected = 0;
      for (let i = 0; i < 100 && (await listed()).includes(failingId); i++) {
        const { agreementId } = await e.vipps.draft();
        await e.control("POST", `/_emulator/agreements/${agreementId}/reject`);
        rejected++;
        await new Promise((r) => setTimeout(r, 100));
      }
      const left = await listed();
      expect(left).not.toContain(failingId);
      expect(left).toHaveLength(1); // the healthy registration made by setup()
      const deliveries = await e.control<
        { registrationId: string; status: string; lastError: string | null }[]
      >("GET", "/_emulator/webhook-deliveries?limit=500");
      const ofFailing = deliveries.filter((d) => d.registrationId === failingId);
      expect(ofFailing.some((d) => d.lastError === "registration deleted: unanswered for two weeks")).toBe(
        true,
      );
      expect(ofFailing.every((d) => d.status === "failed")).toBe(true);
      await eventually(() =>
        h.received.filter((w) => w.json.eventType === "recurring.agreement-rejected.v1").length === rejected
          ? true
          : undefined,
      );
    } finally {
      await failing.close();
    }
  });
});
