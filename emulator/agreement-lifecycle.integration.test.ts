import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RECURRING_EVENTS } from "./webhooks/events";
import { dueIn, eventually, startTestEmulator, type TestEmulator } from "./test-support/harness";
import { startReceiver, type WebhookReceiver } from "./test-support/webhook-receiver";

// FACTS §5.2 over HTTP: every agreement transition, the unhappy ones included, with the user's side
// played through the landing page and the control API, and the webhooks each step sends.

const A = "/recurring/v3/agreements";
let emu: TestEmulator;
let hooks: WebhookReceiver;

type Agreement = {
  status: string;
  start: string | null;
  stop: string | null;
  sub: string | null;
  userinfoUrl: string | null;
  pricing: Record<string, unknown>;
};
type Charge = {
  id: string;
  status: string;
  type: string;
  failureReason: string | null;
  summary: Record<string, number>;
};

const getAgreement = async (id: string) => (await emu.vipps.get(`${A}/${id}`)).body as Agreement;
const getCharges = async (id: string) => (await emu.vipps.get(`${A}/${id}/charges`)).body as Charge[];
const events = (agreementId: string) =>
  hooks.received.filter((h) => h.json.agreementId === agreementId).map((h) => h.json.eventType);

beforeAll(async () => {
  emu = await startTestEmulator();
  hooks = await startReceiver();
  const res = await emu.vipps.post(
    "/webhooks/v1/webhooks",
    { url: hooks.url, events: RECURRING_EVENTS },
    { idempotencyKey: false },
  );
  expect(res.status).toBe(201);
});
afterAll(async () => {
  await emu?.close();
  await hooks?.close();
});
beforeEach(async () => {
  await emu.control("POST", "/_emulator/settings", { asyncDelayMs: 0 });
});

async function openPage(url: string): Promise<string> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/text\/html/);
  return res.text();
}

async function decide(
  url: string,
  decision: "approve" | "reject",
  phoneNumber = "4712345678",
  extra: Record<string, string> = {},
) {
  const token = new URL(url).searchParams.get("token")!;
  return fetch(`${emu.url}/dwo-api-application/v1/deeplink/vippsgateway`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token, decision, phoneNumber, ...extra }),
    redirect: "manual",
  });
}

describe("PENDING → ACTIVE", () => {
  it("on the landing page: shows the agreement, redirects 303 to merchantRedirectUrl unchanged, applies the decision a moment later", async () => {
    await emu.control("POST", "/_emulator/settings", { asyncDelayMs: 300 });
    const redirect = "https://shop.example/return?order=42&x=%C3%A6";
    const { agreementId, vippsConfirmationUrl } = await emu.vipps.draft({
      merchantRedirectUrl: redirect,
      phoneNumber: "4712345678",
      productDescription: "Digital access",
      initialCharge: { amount: 4900, description: "First month", transactionType: "DIRECT_CAPTURE" },
      campaign: { type: "PERIOD_CAMPAIGN", price: 4900, period: { unit: "MONTH", count: 1 } },
    });
    const html = await openPage(vippsConfirmationUrl);
    for (const text of [
      "Avisabonnement",
      "Digital access",
      "299,00 kr every month",
      "49,00 kr for 1 month",
      "First month",
      'value="4712345678"',
    ])
      expect(html).toContain(text);
    expect(html).toMatch(/<button[^>]*>Approve<\/button>/);
    expect(html).toMatch(/<button[^>]*>Reject<\/button>/);
    expect(html).toMatch(/<label for="phoneNumber">Phone number<\/label>/);
    expect(html).toMatch(/<a href="https:\/\/shop\.example\/return\?order=42&amp;x=%C3%A6">Abandon/);
    const res = await decide(vippsConfirmationUrl, "approve");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(redirect);
    expect((await getAgreement(agreementId)).status).toBe("PENDING");
    await eventually(async () => ((await getAgreement(agreementId)).status === "ACTIVE" ? true : undefined));
    const [initial] = await getCharges(agreementId);
    expect(initial).toMatchObject({ type: "INITIAL", status: "CHARGED" });
    await eventually(() => (events(agreementId).length === 2 ? true : undefined));
    expect(events(agreementId)).toEqual(["recurring.agreement-activated.v1", "recurring.charge-captured.v1"]);
    const activated = hooks.received.find((h) => h.json.agreementId === agreementId)!.json;
    expect(activated).toMatchObject({
      msn: "123456",
      actor: "USER",
      agreementUUID: expect.any(String) as unknown,
    });
    expect(activated).not.toHaveProperty("status");
  });

  it("by force accept (test only): 204 and ACTIVE at once, RESERVE_CAPTURE initial charge RESERVED", async () => {
    const { agreementId } = await emu.vipps.draft({
      initialCharge: { amount: 10_000, description: "Box", transactionType: "RESERVE_CAPTURE" },
    });
    const res = await emu.vipps.patch(`${A}/${agreementId}/accept`, { phoneNumber: "4712345678" });
    expect(res.status).toBe(204);
    expect((await getAgreement(agreementId)).status).toBe("ACTIVE");
    expect((await getCharges(agreementId))[0]).toMatchObject({ status: "RESERVED" });
  });

  it("with a scope: sub and userinfoUrl appear, userinfo answers without the subscription key only", async () => {
    const id = await emu.vipps.activeAgreement({ scope: "name email phoneNumber" });
    const a = await getAgreement(id);
    expect(a.sub).toBe("c0a80001-0000-4000-8000-000000000001");
    expect(a.userinfoUrl).toBe(`${emu.url}/vipps-userinfo-api/userinfo/${a.sub}`);
    const token = await emu.vipps.accessToken();
    const ok = await fetch(a.userinfoUrl!, { headers: { Authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      sub: a.sub,
      name: "Kari Nordmann",
      given_name: "Kari",
      family_name: "Nordmann",
      email: "kari@example.no",
      email_verified: true,
      phone_number: "4712345678",
    });
    const withKey = await fetch(a.userinfoUrl!, {
      headers: { Authorization: `Bearer ${token}`, "Ocp-Apim-Subscription-Key": "abo-test-subscription-key" },
    });
    expect(withKey.status).toBe(401);
    await emu.control("POST", "/_emulator/clock/advance", { hours: 169 });
    const late = await fetch(a.userinfoUrl!, { headers: { Authorization: `Bearer ${token}` } });
    expect(late.status).toBe(403);
    const plain = await emu.vipps.activeAgreement();
    expect(await getAgreement(plain)).toMatchObject({ sub: null, userinfoUrl: null });
  });

  it("VARIABLE: the user picks a max amount on the page", async () => {
    const { agreementId, vippsConfirmationUrl } = await emu.vipps.draft({
      pricing: { type: "VARIABLE", suggestedMaxAmount: 50_000, currency: "NOK" },
    });
    expect(await openPage(vippsConfirmationUrl)).toContain('id="maxAmount"');
    await decide(vippsConfirmationUrl, "approve", "4712345678", { maxAmount: "20000" });
    await eventually(async () => ((await getAgreement(agreementId)).status === "ACTIVE" ? true : undefined));
    expect((await getAgreement(agreementId)).pricing).toEqual({
      type: "VARIABLE",
      currency: "NOK",
      suggestedMaxAmount: 50_000,
      maxAmount: 20_000,
    });
  });
});

describe("PENDING → STOPPED (rejected)", () => {
  it("when the user rejects on the page: agreement-rejected, initial charge cancelled quietly", async () => {
    const { agreementId, vippsConfirmationUrl } = await emu.vipps.draft({
      initialCharge: { amount: 4900, description: "First", transactionType: "DIRECT_CAPTURE" },
    });
    const res = await decide(vippsConfirmationUrl, "reject");
    expect(res.status).toBe(303);
    await eventually(async () => ((await getAgreement(agreementId)).status === "STOPPED" ? true : undefined));
    expect((await getCharges(agreementId))[0]!.status).toBe("CANCELLED");
    await eventually(() => (events(agreementId).length === 1 ? true : undefined));
    expect(events(agreementId)).toEqual(["recurring.agreement-rejected.v1"]);
    const page = await fetch(vippsConfirmationUrl);
    expect(await page.text()).toContain("This agreement is STOPPED");
  });

  it("through the control API", async () => {
    const { agreementId } = await emu.vipps.draft();
    await emu.control("POST", `/_emulator/agreements/${agreementId}/reject`);
    expect((await getAgreement(agreementId)).status).toBe("STOPPED");
  });
});

describe("PENDING → EXPIRED", () => {
  it("after 10 minutes of emulator time without an answer (abandoned)", async () => {
    const { agreementId } = await emu.vipps.draft();
    await emu.control("POST", "/_emulator/clock/advance", { minutes: 9, seconds: 59 });
    expect((await getAgreement(agreementId)).status).toBe("PENDING");
    await emu.control("POST", "/_emulator/clock/advance", { seconds: 1 });
    expect((await getAgreement(agreementId)).status).toBe("EXPIRED");
    await eventually(() => (events(agreementId).length === 1 ? true : undefined));
    expect(events(agreementId)).toEqual(["recurring.agreement-expired.v1"]);
  });

  it("when a DIRECT_CAPTURE initial charge fails (expired card user, and magic amount 186)", async () => {
    for (const [phone, amount] of [
      ["4790000004", 4900],
      ["4712345678", 186],
    ] as const) {
      const { agreementId } = await emu.vipps.draft({
        initialCharge: { amount, description: "First", transactionType: "DIRECT_CAPTURE" },
      });
      expect((await emu.vipps.patch(`${A}/${agreementId}/accept`, { phoneNumber: phone })).status).toBe(204);
      expect((await getAgreement(agreementId)).status).toBe("EXPIRED");
      expect((await getCharges(agreementId))[0]).toMatchObject({
        status: "FAILED",
        failureReason: "user_action_required",
      });
      await eventually(() => (events(agreementId).length === 2 ? true : undefined));
      expect(events(agreementId)).toEqual(["recurring.charge-failed.v1", "recurring.agreement-expired.v1"]);
    }
  });

  it("when a RESERVE_CAPTURE initial charge cannot be reserved (card declined)", async () => {
    const { agreementId } = await emu.vipps.draft({
      initialCharge: { amount: 4900, description: "Box", transactionType: "RESERVE_CAPTURE" },
    });
    await emu.vipps.patch(`${A}/${agreementId}/accept`, { phoneNumber: "4790000001" });
    expect((await getAgreement(agreementId)).status).toBe("EXPIRED");
  });
});

describe("ACTIVE → STOPPED", () => {
  async function withCharges() {
    const id = await emu.vipps.activeAgreement({
      initialCharge: { amount: 10_000, description: "Box", transactionType: "RESERVE_CAPTURE" },
    });
    const now = await emu.now();
    const due = await emu.vipps.createCharge(id, { due: dueIn(3, now) });
    const pending = await emu.vipps.createCharge(id, { due: dueIn(45, now) });
    expect([due.status, pending.status]).toEqual([201, 201]);
    return id;
  }

  it("by the merchant: PENDING, DUE and RESERVED charges are cancelled (actor MERCHANT)", async () => {
    const id = await withCharges();
    expect((await getCharges(id)).map((c) => c.status)).toEqual(["RESERVED", "DUE", "PENDING"]);
    expect((await emu.vipps.patch(`${A}/${id}`, { status: "STOPPED" })).status).toBe(204);
    const a = await getAgreement(id);
    expect(a.status).toBe("STOPPED");
    expect(a.stop).not.toBeNull();
    expect((await getCharges(id)).map((c) => c.status)).toEqual(["CANCELLED", "CANCELLED", "CANCELLED"]);
    await eventually(() => (events(id).length === 6 ? true : undefined));
    const stopped = hooks.received.find(
      (h) => h.json.agreementId === id && h.json.eventType === "recurring.agreement-stopped.v1",
    )!;
    expect(stopped.json.actor).toBe("MERCHANT");
    expect(events(id).filter((e) => e === "recurring.charge-canceled.v1")).toHaveLength(3);
  });

  it("by the user in the app: PENDING and DUE are cancelled, the reservation stays (actor USER)", async () => {
    const id = await withCharges();
    await emu.control("POST", `/_emulator/agreements/${id}/user-stop`);
    expect((await getCharges(id)).map((c) => c.status)).toEqual(["RESERVED", "CANCELLED", "CANCELLED"]);
    await eventually(() => (events(id).length === 5 ? true : undefined));
    expect(
      hooks.received.find(
        (h) => h.json.agreementId === id && h.json.eventType === "recurring.agreement-stopped.v1",
      )!.json.actor,
    ).toBe("USER");
    const [reserved] = await getCharges(id);
    const capture = await emu.vipps.post(`${A}/${id}/charges/${reserved!.id}/capture`, { amount: 10_000 });
    expect(capture.status).toBe(204);
  });

  it("by an admin (the user deleted their profile, Jul 2026+): actor ADMIN", async () => {
    const id = await emu.vipps.activeAgreement();
    await emu.control("POST", `/_emulator/agreements/${id}/user-stop`, { actor: "ADMIN" });
    expect((await getAgreement(id)).status).toBe("STOPPED");
    await eventually(() => (events(id).length === 2 ? true : undefined));
    expect(
      hooks.received.find(
        (h) => h.json.agreementId === id && h.json.eventType === "recurring.agreement-stopped.v1",
      )!.json.actor,
    ).toBe("ADMIN");
  });

  it("a merchant stop also releases the rest of a PARTIALLY_CAPTURED charge (→ CHARGED)", async () => {
    const id = await emu.vipps.activeAgreement({
      initialCharge: { amount: 10_000, description: "Box", transactionType: "RESERVE_CAPTURE" },
    });
    const [c] = await getCharges(id);
    await emu.vipps.post(`${A}/${id}/charges/${c!.id}/capture`, { amount: 4000 });
    await emu.vipps.patch(`${A}/${id}`, { status: "STOPPED" });
    expect((await getCharges(id))[0]).toMatchObject({
      status: "CHARGED",
      summary: { captured: 4000, cancelled: 6000, refunded: 0 },
    });
  });

  it("STOPPED and EXPIRED are final: no updates, no new charges, no acceptance", async () => {
    const id = await emu.vipps.activeAgreement();
    await emu.vipps.patch(`${A}/${id}`, { status: "STOPPED" });
    const patch = await emu.vipps.patch(`${A}/${id}`, { productName: "Again" });
    expect(patch.body).toMatchObject({
      status: 400,
      type: expect.stringMatching(/#illegal-agreement-update$/) as unknown,
    });
    const charge = await emu.vipps.createCharge(id, { due: dueIn(3, await emu.now()) });
    expect(charge.body).toMatchObject({
      status: 400,
      type: expect.stringMatching(/#charge-creation-failed$/) as unknown,
    });
    const accept = await emu.vipps.patch(`${A}/${id}/accept`, { phoneNumber: "4712345678" });
    expect(accept.status).toBe(400);
    expect((await emu.controlRaw("POST", `/_emulator/agreements/${id}/user-stop`)).status).toBe(409);
  });

  it("a PENDING agreement cannot be updated or stopped by the merchant", async () => {
    const { agreementId } = await emu.vipps.draft();
    const res = await emu.vipps.patch(`${A}/${agreementId}`, { status: "STOPPED" });
    expect(res.body).toMatchObject({ status: 400, detail: "Cannot update an agreement with status PENDING" });
  });

  it("a test user of another market cannot approve", async () => {
    const { agreementId } = await emu.vipps.draft();
    const res = await emu.vipps.patch(`${A}/${agreementId}/accept`, { phoneNumber: "4512345678" });
    expect(res.status).toBe(400);
    expect((res.body as { detail: string }).detail).toMatch(/belongs to DK/);
  });
});

describe("listing agreements", () => {
  it("pages with pageNumber/pageSize, or with a Continuation-Token bound to its query", async () => {
    await emu.control("POST", "/_emulator/clock/advance", { seconds: 1 });
    const since = (await emu.now()) - 1;
    const seeded = await emu.control<{ ids: string[] }>("POST", "/_emulator/seed/agreements", {
      msn: "123456",
      count: 5,
      status: "STOPPED",
    });
    const query = `${A}?status=STOPPED&createdAfter=${since}&pageSize=2`;
    const ids = (res: { body: unknown }) => (res.body as { id: string }[]).map((a) => a.id);

    const seen: string[] = [];
    const tokens: boolean[] = [];
    let token: string | undefined;
    do {
      const res = await emu.vipps.get(query, { headers: { "Continuation-Token": token } });
      expect(res.status, res.text).toBe(200);
      seen.push(...ids(res));
      token = res.headers.get("continuation-token") ?? undefined;
      tokens.push(token !== undefined);
    } while (token);
    expect(seen.sort()).toEqual([...seeded.ids].sort());
    expect(tokens).toEqual([true, true, false]);

    const second = await emu.vipps.get(`${query}&pageNumber=2`);
    expect(ids(second)).toHaveLength(2);
    expect(second.headers.get("continuation-token")).toBeNull();

    const first = await emu.vipps.get(query);
    const elsewhere = await emu.vipps.get(`${A}?status=ACTIVE&pageSize=2`, {
      headers: { "Continuation-Token": first.headers.get("continuation-token")! },
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.text).toContain("Continuation-Token");
  });
});
