import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueIn, startTestEmulator, type TestEmulator } from "./test-support/harness";

// The control and inspection API under /_emulator (no auth), endpoint by endpoint, as documented
// in emulator/README.md.

const A = "/recurring/v3/agreements";
let emu: TestEmulator;

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu?.close();
});

describe("control API", () => {
  it("GET/POST /_emulator/clock and POST /_emulator/clock/advance", async () => {
    expect(await emu.control("POST", "/_emulator/clock", { now: "2030-06-01T06:00:00Z" })).toEqual({
      now: "2030-06-01T06:00:00.000Z",
      mode: "manual",
    });
    expect(await emu.control("GET", "/_emulator/clock")).toEqual({
      now: "2030-06-01T06:00:00.000Z",
      mode: "manual",
    });
    expect(
      await emu.control("POST", "/_emulator/clock/advance", { days: 1, hours: 2, minutes: 3, seconds: 4 }),
    ).toMatchObject({ now: "2030-06-02T08:03:04.000Z" });
    const realtime = await emu.control<{ mode: string; now: string }>("POST", "/_emulator/clock", {
      mode: "realtime",
    });
    expect(realtime.mode).toBe("realtime");
    await new Promise((r) => setTimeout(r, 50));
    expect(Date.parse((await emu.control<{ now: string }>("GET", "/_emulator/clock")).now)).toBeGreaterThan(
      Date.parse(realtime.now),
    );
    await emu.control("POST", "/_emulator/clock", { mode: "manual", now: "2030-06-03T12:00:00Z" });
    expect((await emu.controlRaw("POST", "/_emulator/clock/advance", { days: -1 })).status).toBe(400);
    expect((await emu.controlRaw("POST", "/_emulator/clock", { mode: "sometimes" })).status).toBe(400);
  });

  it("realtime mode runs due work by itself (ticker)", async () => {
    await emu.control("POST", "/_emulator/clock", { now: "2030-06-03T12:00:00Z" });
    const { agreementId } = await emu.vipps.draft();
    await emu.control("POST", "/_emulator/clock", { mode: "realtime", now: "2030-06-03T12:09:59Z" });
    await new Promise((r) => setTimeout(r, 2100));
    expect((await emu.vipps.get(`${A}/${agreementId}`)).body).toMatchObject({ status: "EXPIRED" });
    await emu.control("POST", "/_emulator/clock", { mode: "manual", now: "2030-06-04T12:00:00Z" });
  });

  it("POST /_emulator/batches/run runs what is due now", async () => {
    const id = await emu.vipps.activeAgreement();
    const chargeId = (
      (await emu.vipps.createCharge(id, { type: "UNSCHEDULED", due: undefined, retryDays: undefined }))
        .body as { chargeId: string }
    ).chargeId;
    const ran = await emu.control<{ ran: number; now: string }>("POST", "/_emulator/batches/run");
    expect(ran.now).toBe("2030-06-04T12:00:00.000Z");
    expect((await emu.vipps.get(`${A}/${id}/charges/${chargeId}`)).body).toMatchObject({ status: "CHARGED" });
  });

  it("GET/POST /_emulator/merchants: create a merchant and use its credentials", async () => {
    const created = await emu.control<{
      msn: string;
      clientId: string;
      currency: string;
      captureDeadlineDays: number;
    }>("POST", "/_emulator/merchants", {
      msn: "998877",
      market: "DK",
      clientId: "shop-dk",
      clientSecret: "shop-dk-secret",
      subscriptionKey: "shop-dk-key",
      allowUnscheduled: true,
      skipLandingPage: true,
    });
    expect(created).toMatchObject({ msn: "998877", currency: "DKK", captureDeadlineDays: 14 });
    expect((await emu.control<{ msn: string }[]>("GET", "/_emulator/merchants")).map((m) => m.msn)).toEqual([
      "123456",
      "223456",
      "323456",
      "998877",
    ]);
    const client = emu.merchant("998877");
    const draft = await client.post(A, {
      pricing: { amount: 5000, currency: "DKK" },
      interval: { unit: "WEEK", count: 1 },
      productName: "Kaffe",
      merchantRedirectUrl: "https://example.dk",
      skipLandingPage: true,
      phoneNumber: "4512345678",
    });
    expect(draft.status).toBe(201);
    expect((await emu.controlRaw("POST", "/_emulator/merchants", { msn: "1" })).status).toBe(400);
  });

  it("GET/POST /_emulator/users: add a test user with a scripted outcome", async () => {
    const user = await emu.control<{ sub: string }>("POST", "/_emulator/users", {
      phoneNumber: "4798765432",
      name: "Ola Nordmann",
      email: "ola@example.no",
      birthDate: "1980-01-01",
      market: "NO",
      outcome: "card_declined",
    });
    expect(user).toMatchObject({
      phoneNumber: "4798765432",
      outcome: "card_declined",
      sub: expect.any(String) as unknown,
    });
    const users = await emu.control<{ phoneNumber: string }[]>("GET", "/_emulator/users");
    expect(users.map((u) => u.phoneNumber)).toEqual(
      expect.arrayContaining([
        "4712345678",
        "4512345678",
        "358401234567",
        "4790000001",
        "4790000002",
        "4790000003",
        "4790000004",
        "4798765432",
      ]),
    );
    expect(
      (await emu.controlRaw("POST", "/_emulator/users", { phoneNumber: "4798765432", outcome: "lucky" }))
        .status,
    ).toBe(400);
  });

  it("GET /_emulator/agreements (filters) and /_emulator/agreements/:id (with charges)", async () => {
    const id = await emu.vipps.activeAgreement({ phoneNumber: "4712345678" });
    await emu.vipps.createCharge(id, { due: dueIn(2, await emu.now()) });
    const list = await emu.controlRaw(
      "GET",
      "/_emulator/agreements?msn=123456&status=ACTIVE&phoneNumber=4712345678&limit=5",
    );
    expect(list.headers.get("x-total-count")).toMatch(/^\d+$/);
    expect((list.body as { id: string }[])[0]!.id).toBe(id);
    const one = await emu.control<{
      id: string;
      msn: string;
      confirmationPageUrl: string;
      charges: { status: string }[];
    }>("GET", `/_emulator/agreements/${id}`);
    expect(one).toMatchObject({ id, msn: "123456", charges: [{ status: "DUE" }] });
    expect(one.confirmationPageUrl).toContain("/dwo-api-application/v1/deeplink/vippsgateway?v=2&token=");
    expect((await emu.controlRaw("GET", "/_emulator/agreements/agr_nope")).status).toBe(404);
  });

  it("POST /_emulator/agreements/:id/delete: Vipps forgets the agreement and its charges (404 from then on)", async () => {
    const id = await emu.vipps.activeAgreement();
    await emu.vipps.createCharge(id, { due: dueIn(2, await emu.now()) });
    expect(await emu.control("POST", `/_emulator/agreements/${id}/delete`)).toEqual({ deleted: id });
    expect((await emu.vipps.get(`${A}/${id}`)).status).toBe(404);
    expect((await emu.vipps.get(`${A}/${id}/charges`)).status).toBe(404);
    expect(await emu.control("GET", `/_emulator/charges?agreementId=${id}`)).toEqual([]);
    expect((await emu.controlRaw("POST", `/_emulator/agreements/${id}/delete`)).status).toBe(404);
  });

  it("GET /_emulator/charges, /_emulator/webhook-deliveries, /_emulator/webhooks, /_emulator/stats", async () => {
    const charges = await emu.control<{ msn: string }[]>("GET", "/_emulator/charges?msn=123456&status=DUE");
    expect(charges.length).toBeGreaterThan(0);
    expect(
      Array.isArray(await emu.control("GET", "/_emulator/webhook-deliveries?limit=5&status=delivered")),
    ).toBe(true);
    expect(Array.isArray(await emu.control("GET", "/_emulator/webhooks"))).toBe(true);
    const stats = await emu.control<Record<string, unknown>>("GET", "/_emulator/stats");
    expect(stats).toMatchObject({
      agreements: {
        total: expect.any(Number) as unknown,
        byStatus: { ACTIVE: expect.any(Number) as unknown },
      },
      charges: { totalCreated: expect.any(Number) as unknown },
      webhooks: { pendingDeliveries: 0 },
    });
  });

  it("user side: approve, reject, user-stop, max-amount, portal-refund", async () => {
    const { agreementId } = await emu.vipps.draft({
      pricing: { type: "VARIABLE", suggestedMaxAmount: 10_000, currency: "NOK" },
    });
    const approved = await emu.control<{ result: string; agreement: { status: string } }>(
      "POST",
      `/_emulator/agreements/${agreementId}/approve`,
      { phoneNumber: "4712345678", maxAmount: 5000 },
    );
    expect(approved).toMatchObject({
      result: "activated",
      agreement: { status: "ACTIVE", pricing: { maxAmount: 5000 } },
    });
    await emu.control("POST", `/_emulator/agreements/${agreementId}/max-amount`, { maxAmount: 9000 });
    expect((await emu.vipps.get(`${A}/${agreementId}`)).body).toMatchObject({ pricing: { maxAmount: 9000 } });
    const c = await emu.vipps.createCharge(agreementId, {
      type: "UNSCHEDULED",
      due: undefined,
      retryDays: undefined,
      amount: 9000,
    });
    const chargeId = (c.body as { chargeId: string }).chargeId;
    await emu.control("POST", "/_emulator/batches/run");
    expect(
      await emu.control("POST", `/_emulator/charges/${chargeId}/portal-refund`, {
        amount: 1000,
        description: "Portal",
      }),
    ).toEqual({ chargeId, status: "PARTIALLY_REFUNDED", refunded: 1000 });
    await emu.control("POST", `/_emulator/agreements/${agreementId}/user-stop`);
    expect((await emu.vipps.get(`${A}/${agreementId}`)).body).toMatchObject({ status: "STOPPED" });
    expect((await emu.controlRaw("POST", `/_emulator/agreements/${agreementId}/approve`, {})).status).toBe(
      409,
    );
    const { agreementId: other } = await emu.vipps.draft();
    await emu.control("POST", `/_emulator/agreements/${other}/reject`);
    expect((await emu.vipps.get(`${A}/${other}`)).body).toMatchObject({ status: "STOPPED" });
  });

  it("GET /_emulator/requests: newest first, filtered, secrets redacted", async () => {
    await emu.vipps.get(`${A}?status=PENDING`);
    const [latest] = await emu.control<
      { method: string; path: string; status: number; headers: Record<string, string>; durationMs: number }[]
    >("GET", "/_emulator/requests?limit=1&pathContains=status=PENDING&method=get");
    expect(latest).toMatchObject({ method: "GET", path: `${A}?status=PENDING`, status: 200 });
    expect(latest!.headers.authorization).toBe("Bearer eyJh…[redacted]");
    expect(latest!.headers["ocp-apim-subscription-key"]).toBe("abo-…[redacted]");
    const token = await emu.control<{ responseBody: unknown; headers: Record<string, string> }[]>(
      "GET",
      "/_emulator/requests?pathContains=accesstoken&limit=1",
    );
    expect(token[0]!.responseBody).toEqual({ access_token: "[redacted]" });
    expect(token[0]!.headers.client_secret).toMatch(/^.{4}…\[redacted\]$/);
    const posts = await emu.control<{ idempotencyKey: string | null }[]>(
      "GET",
      "/_emulator/requests?method=POST&pathContains=/charges&limit=1",
    );
    expect(posts[0]!.idempotencyKey).toMatch(/./);
  });

  it("GET/POST /_emulator/settings and /_emulator/rate-limits", async () => {
    expect(
      await emu.control("POST", "/_emulator/settings", { leadDays: 2, asyncDelayMs: 5, chargePageSize: 3 }),
    ).toEqual({ leadDays: 2, asyncDelayMs: 5, chargePageSize: 3 });
    expect(
      await emu.control("POST", "/_emulator/settings", { leadDays: 1, asyncDelayMs: 0, chargePageSize: 500 }),
    ).toEqual({ leadDays: 1, asyncDelayMs: 0, chargePageSize: 500 });
    await expect(emu.control("POST", "/_emulator/settings", { chargePageSize: 0 })).rejects.toThrow(
      /chargePageSize/,
    );
    expect(await emu.control("GET", "/_emulator/rate-limits")).toEqual({ enabled: false });
  });

  it("POST /_emulator/seed/agreements seeds in bulk without webhooks", async () => {
    const seeded = await emu.control<{ count: number; ids: string[] }>("POST", "/_emulator/seed/agreements", {
      msn: "123456",
      count: 50,
      status: "ACTIVE",
      pricing: { type: "LEGACY", amount: 9900 },
      interval: { unit: "WEEK", count: 2 },
    });
    expect(seeded.count).toBe(50);
    expect((await emu.vipps.get(`${A}/${seeded.ids[0]}`)).body).toMatchObject({
      status: "ACTIVE",
      pricing: { amount: 9900 },
      interval: { unit: "WEEK", count: 2 },
    });
  });

  it("GET /_emulator is a read-only HTML view with pages per table and a user-stop form", async () => {
    for (const view of ["agreements", "charges", "deliveries", "requests"]) {
      const res = await fetch(`${emu.url}/_emulator?view=${view}&page=1`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("<table>");
      expect(html).not.toContain("<script");
    }
    const html = await (await fetch(`${emu.url}/_emulator?view=agreements&page=1`)).text();
    const action = /action="(\/_emulator\/ui\/agreements\/[^"]+\/user-stop)"/.exec(html)![1]!;
    const res = await fetch(`${emu.url}${action}`, { method: "POST", redirect: "manual" });
    expect(res.status).toBe(303);
    const id = action.split("/")[4]!;
    expect((await emu.vipps.get(`${A}/${id}`)).body).toMatchObject({ status: "STOPPED" });
  });

  it("POST /_emulator/reset: default merchants and users back, state, clock and faults cleared", async () => {
    await emu.control("POST", "/_emulator/faults", { rate429: 0.5 });
    expect(await emu.control("POST", "/_emulator/reset")).toEqual({ reset: true });
    const stats = await emu.control<{ agreements: { total: number }; charges: { total: number } }>(
      "GET",
      "/_emulator/stats",
    );
    expect([stats.agreements.total, stats.charges.total]).toEqual([0, 0]);
    expect((await emu.control<{ msn: string }[]>("GET", "/_emulator/merchants")).map((m) => m.msn)).toEqual([
      "123456",
      "223456",
      "323456",
    ]);
    expect(await emu.control("GET", "/_emulator/faults")).toMatchObject({ rate429: 0 });
    expect(
      Math.abs(Date.parse((await emu.control<{ now: string }>("GET", "/_emulator/clock")).now) - Date.now()),
    ).toBeLessThan(5000);
    expect((await emu.vipps.get(A)).status).toBe(200);
    expect((await emu.controlRaw("GET", "/_emulator/nothing")).status).toBe(404);
  });
});
