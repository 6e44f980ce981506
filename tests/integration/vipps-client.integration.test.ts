import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import type { VippsClient } from "@/lib/vipps/client";
import { VippsProblemError } from "@/lib/vipps/errors";
import { createMerchant, emulator, emulatorDate } from "../factories";

// Issue 3: the client against the emulator over HTTP, for every endpoint; the standard headers on
// every request; one Idempotency-Key across retries; call-log rows with orderIds and problems.

let client: VippsClient;
const draft = (overrides: Record<string, unknown> = {}) => ({
  pricing: { type: "LEGACY" as const, currency: "NOK" as const, amount: 19_900 },
  interval: { unit: "MONTH" as const, count: 1 },
  productName: "Klientprøve",
  merchantRedirectUrl: "http://localhost:3999/return",
  merchantAgreementUrl: "http://localhost:3999/account",
  phoneNumber: "4712345678",
  ...overrides,
});

beforeAll(async () => {
  const { salesUnits } = await createMerchant();
  client = await getVippsClient(salesUnits.NO.id);
});

async function activeAgreement(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await client.draftAgreement(draft(overrides) as never, {
    idempotencyKey: `draft-${crypto.randomUUID().slice(0, 30)}`,
  });
  await client.forceAcceptAgreement(created.agreementId, "4712345678", {
    idempotencyKey: `accept-${crypto.randomUUID().slice(0, 30)}`,
  });
  return created.agreementId;
}

describe("Vipps client against the emulator", () => {
  it("gets and caches an access token", async () => {
    const before = (await emulator.requests({ pathContains: "accesstoken", limit: 100 })).length;
    const token = await client.getAccessToken();
    expect(token).toMatch(/\S{20,}/);
    expect(await client.getAccessToken()).toBe(token);
    const after = (await emulator.requests({ pathContains: "accesstoken", limit: 100 })).length;
    expect(after - before).toBeLessThanOrEqual(1);
  });

  it("drafts, reads, accepts, lists, updates and stops agreements", async () => {
    const created = await client.draftAgreement(
      draft({
        initialCharge: {
          amount: 4_900,
          description: "Første måned",
          transactionType: "RESERVE_CAPTURE",
          orderId: `init-${Date.now()}`,
        },
      }) as never,
      { idempotencyKey: `draft-${crypto.randomUUID().slice(0, 30)}` },
    );
    expect(created.agreementId).toMatch(/^agr_/);
    expect(created.vippsConfirmationUrl).toContain("/dwo-api-application/");
    expect((await client.getAgreement(created.agreementId)).status).toBe("PENDING");

    await client.forceAcceptAgreement(created.agreementId, "4712345678", {
      idempotencyKey: `accept-${crypto.randomUUID().slice(0, 30)}`,
    });
    expect((await client.getAgreement(created.agreementId)).status).toBe("ACTIVE");
    expect(
      (await client.listAgreements({ status: "ACTIVE", pageNumber: 1, pageSize: 100 })).map((a) => a.id),
    ).toContain(created.agreementId);

    await client.updateAgreement(
      created.agreementId,
      { productName: "Nytt navn", pricing: { amount: 24_900 } },
      { idempotencyKey: `upd-${crypto.randomUUID().slice(0, 30)}` },
    );
    const updated = await client.getAgreement(created.agreementId);
    expect(updated.productName).toBe("Nytt navn");
    expect(updated.pricing.amount).toBe(24_900);

    const charges = await client.listCharges(created.agreementId);
    expect(charges.find((c) => c.type === "INITIAL")?.status).toBe("RESERVED");

    await client.stopAgreement(created.agreementId, {
      idempotencyKey: `stop-${crypto.randomUUID().slice(0, 30)}`,
    });
    expect((await client.getAgreement(created.agreementId)).status).toBe("STOPPED");
  });

  it("creates, reads, captures, refunds and cancels charges, one by one and in bulk", async () => {
    const agreementId = await activeAgreement({
      initialCharge: {
        amount: 10_000,
        description: "Startpakke",
        transactionType: "RESERVE_CAPTURE",
        orderId: `init2-${Date.now()}`,
      },
    });
    const initial = (await client.listCharges(agreementId)).find((c) => c.type === "INITIAL")!;
    await client.captureCharge(
      agreementId,
      initial.id,
      { amount: 6_000 },
      { idempotencyKey: `cap-${crypto.randomUUID().slice(0, 30)}` },
    );
    expect((await client.getCharge(agreementId, initial.id)).status).toBe("PARTIALLY_CAPTURED");
    await client.cancelCharge(agreementId, initial.id, {
      idempotencyKey: `can-${crypto.randomUUID().slice(0, 30)}`,
    });
    const captured = await client.getChargeById(initial.id);
    expect(captured.status).toBe("CHARGED");
    expect(captured.summary).toMatchObject({ captured: 6_000, cancelled: 4_000 });

    await client.refundCharge(
      agreementId,
      initial.id,
      { amount: 1_000, description: "Delvis refusjon" },
      { idempotencyKey: `ref-${crypto.randomUUID().slice(0, 30)}` },
    );
    expect((await client.getCharge(agreementId, initial.id)).status).toBe("PARTIALLY_REFUNDED");

    const orderId = `ord-${Date.now()}`;
    const due = await emulatorDate(2);
    const { chargeId } = await client.createCharge(
      agreementId,
      {
        amount: 19_900,
        transactionType: "DIRECT_CAPTURE",
        description: "Desember",
        due,
        retryDays: 2,
        orderId,
      },
      { idempotencyKey: `chg-${orderId}` },
    );
    expect(chargeId).toBe(orderId);
    expect((await client.getCharge(agreementId, orderId)).status).toMatch(/PENDING|DUE/);
    await client.cancelCharge(agreementId, orderId, { idempotencyKey: `can-${orderId}` });
    expect((await client.getCharge(agreementId, orderId)).status).toBe("CANCELLED");

    const bulk = await client.createChargesAsync(
      [
        {
          agreementId,
          amount: 19_900,
          transactionType: "DIRECT_CAPTURE",
          description: "Januar",
          due,
          retryDays: 2,
          orderId: `bulk-ok-${Date.now()}`,
        },
        {
          agreementId,
          amount: 5,
          transactionType: "DIRECT_CAPTURE",
          description: "For lite",
          due,
          retryDays: 2,
          orderId: `bulk-bad-${Date.now()}`,
        },
      ],
      { idempotencyKey: `bulk-${crypto.randomUUID().slice(0, 30)}` },
    );
    expect(bulk.validCharges).toHaveLength(1);
    expect(bulk.invalidCharges).toHaveLength(1);
  });

  it("reads every page of a long charge list, following the Continuation-Token", async () => {
    const agreementId = await activeAgreement();
    const orderIds: string[] = [];
    for (let k = 2; k <= 6; k++) {
      const orderId = `page-${k}-${crypto.randomUUID().slice(0, 8)}`;
      const due = await emulatorDate(k);
      await client.createCharge(
        agreementId,
        {
          amount: 19_900,
          transactionType: "DIRECT_CAPTURE",
          description: "Side",
          due,
          retryDays: 2,
          orderId,
        },
        { idempotencyKey: `chg-${orderId}` },
      );
      orderIds.push(orderId);
    }
    await emulator.settings({ chargePageSize: 2 });
    try {
      const listed = await client.listCharges(agreementId);
      expect(listed.map((c) => c.id).sort()).toEqual([...orderIds].sort());
      const calls = await emulator.requests({
        pathContains: `${agreementId}/charges`,
        method: "GET",
        limit: 10,
      });
      expect(calls.filter((c) => c.path.endsWith(`${agreementId}/charges`))).toHaveLength(3);
    } finally {
      await emulator.settings({ chargePageSize: 500 });
    }
  });

  it("registers, lists and deletes webhooks", async () => {
    const registered = await client.registerWebhook(
      { url: "http://localhost:3999/api/webhooks/vipps", events: ["recurring.agreement-activated.v1"] },
      { idempotencyKey: `wh-${crypto.randomUUID().slice(0, 30)}` },
    );
    expect(registered.secret.length).toBeGreaterThan(10);
    expect((await client.listWebhooks()).webhooks.map((w) => w.id)).toContain(registered.id);
    await client.deleteWebhook(registered.id, { idempotencyKey: `whd-${crypto.randomUUID().slice(0, 30)}` });
    expect((await client.listWebhooks()).webhooks.map((w) => w.id)).not.toContain(registered.id);
    const stored = await db.vippsCall.findFirst({ where: { operation: "RegisterWebhook" } });
    expect(JSON.stringify(stored?.responseBody)).not.toContain(registered.secret);
  });

  it("reads userinfo for an agreement drafted with scope, without the subscription key", async () => {
    const created = await client.draftAgreement(draft({ scope: "name email phoneNumber" }) as never, {
      idempotencyKey: `draft-${crypto.randomUUID().slice(0, 30)}`,
    });
    await emulator.approve(created.agreementId, "4712345678");
    let sub: string | null | undefined;
    for (let i = 0; i < 50 && !sub; i++) {
      sub = (await client.getAgreement(created.agreementId)).sub;
      if (!sub) await new Promise((r) => setTimeout(r, 100));
    }
    const info = await client.getUserinfo(sub!);
    expect(info.sub).toBe(sub);
    expect(info.email).toBeTruthy();
    const request = (await emulator.requests({ pathContains: "userinfo", limit: 1 }))[0]!;
    expect(Object.keys(request.headers).map((h) => h.toLowerCase())).not.toContain(
      "ocp-apim-subscription-key",
    );
  });

  it("sends the standard headers on every request, and an Idempotency-Key on every change", async () => {
    const requests = (await emulator.requests({ limit: 500 })).filter(
      (r) => !r.path.startsWith("/_emulator"),
    );
    expect(requests.length).toBeGreaterThan(20);
    for (const request of requests) {
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      for (const name of [
        "merchant-serial-number",
        "vipps-system-name",
        "vipps-system-version",
        "vipps-system-plugin-name",
        "vipps-system-plugin-version",
      ]) {
        expect(headers[name], `${name} on ${request.method} ${request.path}`).toBeTruthy();
      }
      if (!request.path.includes("userinfo"))
        expect(headers["ocp-apim-subscription-key"], request.path).toBeTruthy();
      if (request.method !== "GET" && !/accesstoken/i.test(request.path))
        expect(headers["idempotency-key"], `${request.method} ${request.path}`).toBeTruthy();
    }
  });

  it("retries 5xx with the same Idempotency-Key and creates the charge once", async () => {
    const agreementId = await activeAgreement();
    const orderId = `retry-${Date.now()}`;
    await emulator.setFaults({ rate5xx: 0.6, applyBeforeFailure: 0.5, pathPattern: "/charges$", seed: 7 });
    try {
      await client.createCharge(
        agreementId,
        {
          amount: 19_900,
          transactionType: "DIRECT_CAPTURE",
          description: "Retry",
          due: await emulatorDate(3),
          retryDays: 1,
          orderId,
        },
        { idempotencyKey: `chg-${orderId}` },
      );
    } finally {
      await emulator.clearFaults();
    }
    const attempts = (
      await emulator.requests({
        pathContains: `/agreements/${agreementId}/charges`,
        method: "POST",
        limit: 50,
      })
    ).filter(
      (r) =>
        r.idempotencyKey === `chg-${orderId}` ||
        r.headers["Idempotency-Key"] === `chg-${orderId}` ||
        r.headers["idempotency-key"] === `chg-${orderId}`,
    );
    expect(attempts.length).toBeGreaterThan(1);
    const calls = await db.vippsCall.findMany({
      where: { orderId, operation: "CreateCharge" },
      orderBy: { attempt: "asc" },
    });
    expect(calls.length).toBe(attempts.length);
    expect(new Set(calls.map((c) => c.idempotencyKey))).toEqual(new Set([`chg-${orderId}`]));
    expect(calls.some((c) => (c.status ?? 0) >= 500)).toBe(true);
    expect((await client.listCharges(agreementId)).filter((c) => c.id === orderId)).toHaveLength(1);
  });

  it("turns a refusal into a typed error and stores it with its problem details and orderId", async () => {
    const agreementId = await activeAgreement();
    const orderId = `toosoon-${Date.now()}`;
    const error = await client
      .createCharge(
        agreementId,
        {
          amount: 19_900,
          transactionType: "DIRECT_CAPTURE",
          description: "For tidlig",
          due: await emulatorDate(0),
          retryDays: 1,
          orderId,
        },
        { idempotencyKey: `chg-${orderId}` },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VippsProblemError);
    expect((error as VippsProblemError).status).toBe(400);
    expect((error as VippsProblemError).identifier).toBe("charge-due-too-soon");
    const call = await db.vippsCall.findFirstOrThrow({ where: { orderId } });
    expect(call).toMatchObject({
      status: 400,
      problemType: "charge-due-too-soon",
      idempotencyKey: `chg-${orderId}`,
    });
    expect(JSON.stringify(call.requestHeaders)).not.toMatch(/abo-test-secret|abo-test-subscription-key/);
    expect(JSON.stringify(call.requestHeaders)).toContain("[redacted]");
  });
});
