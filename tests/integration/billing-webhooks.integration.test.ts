// Acceptance: webhooks. The emulator delivers to a real HTTP endpoint (a node:http server handing
// each raw request to the route's POST), a real worker processes the queued events.
// - a forged or altered signature is refused with 401 and changes nothing;
// - duplicated and reordered deliveries end in the right state;
// - with webhooks switched off, polling alone brings agreements and charges to their final state.
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { startSignUp } from "@/lib/server/agreements/start-sign-up";
import { ensureWebhookRegistered } from "@/lib/server/webhooks/ensure-webhook";
import { signWebhook } from "@/lib/vipps/webhook-signature";
import { enqueue } from "@/lib/queue/client";
import type { Child } from "../../scripts/lib/processes";
import { serveWebhookRoute } from "../harness/webhook-route";
import { createActiveAgreement, createMerchant, createProduct, emulator } from "../factories";
import { waitFor } from "../shared/wait-for";
import { advanceBothClocks, alignAboClock, setBothClocks, startWorker } from "./billing-fixtures";
import { testContext } from "../shared/server-context";

let server: Server;
let url: string;
let worker: Child;
let salesUnitId: string;

beforeAll(async () => {
  await setBothClocks("2030-09-02T10:00:00Z");
  ({ server, url } = await serveWebhookRoute());
  salesUnitId = (await createMerchant()).salesUnits.NO.id;
  // The worker registers the same URL at start (webhooks.ensure), as Abo does in production.
  worker = await startWorker("webhook-worker", { WEBHOOK_URL: url });
});

afterAll(async () => {
  await worker?.stop();
  await emulator.clearFaults();
  await new Promise((resolve) => server?.close(resolve));
});

const post = (body: string, headers: Record<string, string>) =>
  fetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body });

describe("webhook registration and signatures", () => {
  it("registers once, keeps the secret encrypted, and refuses forged or altered deliveries", async () => {
    const first = await ensureWebhookRegistered(await testContext(), salesUnitId, { url });
    const again = await ensureWebhookRegistered(await testContext(), salesUnitId, { url });
    expect(again).toEqual({ id: first.id, url, created: false, repaired: null });
    const unit = await db.salesUnit.findUniqueOrThrow({
      where: { id: salesUnitId },
      omit: { webhookSecretEnc: false },
    });
    const registrations = (await (await fetch(`${emulator.baseUrl}/_emulator/webhooks`)).json()) as {
      id: string;
      url: string;
      secret: string;
    }[];
    const registration = registrations.find((r) => r.id === first.id)!;
    expect(registrations.filter((r) => r.url === url)).toHaveLength(1);
    expect(unit.webhookSecretEnc).not.toContain(registration.secret);
    expect(decryptSecret(unit.webhookSecretEnc!, process.env.ENCRYPTION_KEY!)).toBe(registration.secret);

    const { agreement } = await createActiveAgreement();
    await waitFor(async () => (await db.webhookEvent.count({ where: { processedAt: null } })) === 0);
    const events = await db.webhookEvent.count();
    const stop = JSON.stringify({
      msn: "123456",
      agreementId: agreement.vippsAgreementId,
      eventType: "recurring.agreement-stopped.v1",
      occurred: new Date().toISOString(),
      actor: "USER",
    });
    const date = new Date().toUTCString();
    const signed = signWebhook(registration.secret, { url, date, body: stop });
    const forged = signWebhook("not-the-secret", { url, date, body: stop });
    const altered = stop.replace("USER", "ADMIN");

    const refused: Record<string, string>[] = [
      {},
      { "x-ms-date": date, "x-ms-content-sha256": forged.contentHash, Authorization: forged.authorization },
      {
        "x-ms-date": date,
        "x-ms-content-sha256": signed.contentHash,
        Authorization: signed.authorization.replace("Signature=", "Signature=x"),
      },
      {
        "x-ms-date": new Date(Date.now() + 1000).toUTCString(),
        "x-ms-content-sha256": signed.contentHash,
        Authorization: signed.authorization,
      },
    ];
    for (const headers of refused) {
      expect((await post(stop, headers)).status).toBe(401);
    }
    expect(
      (
        await post(altered, {
          "x-ms-date": date,
          "x-ms-content-sha256": signed.contentHash,
          Authorization: signed.authorization,
        })
      ).status,
    ).toBe(401);
    const signedAltered = signWebhook(registration.secret, { url, date, body: stop });
    expect(
      (
        await post(altered, {
          "x-ms-date": date,
          "x-ms-content-sha256": signWebhook(registration.secret, { url, date, body: altered }).contentHash,
          Authorization: signedAltered.authorization,
        })
      ).status,
    ).toBe(401);
    expect(await db.webhookEvent.count()).toBe(events);
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe("ACTIVE");
    expect((await emulator.agreement(agreement.vippsAgreementId!)).status).toBe("ACTIVE");

    // Correctly signed, it is accepted; twice, it is stored once. The event is only a signal:
    // Vipps still says ACTIVE, so the agreement stays active.
    const ok = {
      "x-ms-date": date,
      "x-ms-content-sha256": signed.contentHash,
      Authorization: signed.authorization,
    };
    expect((await post(stop, ok)).status).toBe(200);
    expect(await (await post(stop, ok)).json()).toMatchObject({ duplicate: true });
    const stored = await db.webhookEvent.findFirstOrThrow({
      where: { agreementId: agreement.vippsAgreementId, eventType: "recurring.agreement-stopped.v1" },
    });
    expect(stored.deliveries).toBe(2);
    await waitFor(
      async () =>
        (await db.webhookEvent.findUniqueOrThrow({ where: { id: stored.id } })).processedAt !== null,
    );
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe("ACTIVE");
  });
});

describe("closed by default: stale dates and text PostgreSQL cannot store", () => {
  const signedHeaders = (secret: string, date: string, body: string) => {
    const signed = signWebhook(secret, { url, date, body });
    return {
      "x-ms-date": date,
      "x-ms-content-sha256": signed.contentHash,
      Authorization: signed.authorization,
    };
  };

  it("refuses a correctly signed event dated 2020 (401) and one with a NUL (400); stores neither", async () => {
    const { id } = await ensureWebhookRegistered(await testContext(), salesUnitId, { url });
    const registrations = (await (await fetch(`${emulator.baseUrl}/_emulator/webhooks`)).json()) as {
      id: string;
      secret: string;
    }[];
    const secret = registrations.find((r) => r.id === id)!.secret;
    const event = (agreementId: string) =>
      JSON.stringify({
        msn: "123456",
        agreementId,
        eventType: "recurring.agreement-stopped.v1",
        occurred: "2030-09-02T10:00:00Z",
        actor: "USER",
      });
    const events = await db.webhookEvent.count();

    // A replay: signed with the right secret, but dated long ago (and in the future, beyond 5 minutes).
    const old = event("agr_replayed");
    expect((await post(old, signedHeaders(secret, "Wed, 01 Jan 2020 00:00:00 GMT", old))).status).toBe(401);
    const future = new Date(Date.now() + 60 * 60_000).toUTCString();
    expect((await post(old, signedHeaders(secret, future, old))).status).toBe(401);

    // Text PostgreSQL cannot store, in a known field and in one we do not know: a 4xx, not a 500.
    const date = new Date().toUTCString();
    for (const body of [
      event("agr_nul\u0000"),
      event("agr_half\ud83d"),
      JSON.stringify({ ...JSON.parse(event("agr_extra")), note: "a\u0000b" }),
    ]) {
      const response = await post(body, signedHeaders(secret, date, body));
      expect(response.status, body).toBe(400);
      expect(await response.json()).toMatchObject({ error: expect.stringContaining("cannot be stored") });
    }
    expect(await db.webhookEvent.count()).toBe(events);

    // A fresh, storable event is taken (about a real agreement, so the worker has nothing to complain about).
    const { agreement } = await createActiveAgreement();
    const fresh = event(agreement.vippsAgreementId!);
    expect((await post(fresh, signedHeaders(secret, date, fresh))).status).toBe(200);
    expect(
      await db.webhookEvent.count({
        where: { agreementId: agreement.vippsAgreementId, eventType: "recurring.agreement-stopped.v1" },
      }),
    ).toBe(1);
  });
});

describe("duplicated and reordered deliveries", () => {
  it("end in the state Vipps has", async () => {
    await emulator.setFaults({ webhookDuplicateRate: 1, webhookReorder: true });
    const stopped = await createActiveAgreement();
    const refunded = await createActiveAgreement({
      product: {
        initialChargeDescription: "Første måned",
        initialChargeTransactionType: "DIRECT_CAPTURE",
        prices: [{ market: "NO", currency: "NOK", amount: 19_900, initialChargeAmount: 19_900 }],
      },
    });
    const charged = await createActiveAgreement();
    await enqueue("billing.run", {});
    const recurring = (id: string) =>
      db.charge.findFirst({ where: { agreementId: id, type: "RECURRING", sendState: "SENT" } });
    await waitFor(
      async () => !!(await recurring(stopped.agreement.id)) && !!(await recurring(charged.agreement.id)),
      30_000,
    );

    // The user stops one in the app: agreement-stopped and charge-canceled are raised together (and delivered newest first).
    await emulator.userStop(stopped.agreement.vippsAgreementId!);
    // The next morning's batch takes the other's charge: charge-captured. (Abo's clock stays behind,
    // so no poll is due: only the webhooks can tell Abo.)
    await emulator.advance({ days: 1 });
    // A refund made in the business portal: charge-refunded.
    const initial = await db.charge.findFirstOrThrow({
      where: { agreementId: refunded.agreement.id, type: "INITIAL" },
    });
    await emulator.portalRefund(initial.orderId, 19_900);

    await waitFor(async () => {
      const [a, c1, c2, i] = await Promise.all([
        db.agreement.findUniqueOrThrow({ where: { id: stopped.agreement.id } }),
        recurring(stopped.agreement.id),
        recurring(charged.agreement.id),
        db.charge.findUniqueOrThrow({ where: { id: initial.id } }),
      ]);
      return (
        a.status === "STOPPED" &&
        c1?.status === "CANCELLED" &&
        c2?.status === "CHARGED" &&
        i.status === "REFUNDED"
      );
    }, 60_000);
    expect(await db.agreement.findUniqueOrThrow({ where: { id: stopped.agreement.id } })).toMatchObject({
      stopActor: "USER",
      stopCause: "USER_IN_APP",
    });
    expect(await db.charge.findUniqueOrThrow({ where: { id: initial.id } })).toMatchObject({
      refundedAmount: 19_900,
    });

    // Every event stored once however often it came, and all processed.
    const deliveries = await emulator.webhookDeliveries({ limit: 200 });
    expect(deliveries.some((d) => Number(d.duplicates ?? 0) > 0)).toBe(true);
    await waitFor(async () => (await db.webhookEvent.count({ where: { processedAt: null } })) === 0);
    const events = await db.webhookEvent.findMany();
    expect(events.some((e) => e.deliveries > 1)).toBe(true);
    expect(events.filter((e) => e.processError)).toEqual([]);
    for (const type of [
      "recurring.agreement-stopped.v1",
      "recurring.charge-canceled.v1",
      "recurring.charge-captured.v1",
      "recurring.charge-refunded.v1",
    ]) {
      expect(events.some((e) => e.eventType === type)).toBe(true);
    }
    await emulator.clearFaults();
  });
});

describe("with webhooks switched off", () => {
  it("polling alone brings every agreement and charge to its final state", async () => {
    await emulator.setFaults({ webhooksEnabled: false });
    await alignAboClock();
    const before = await db.webhookEvent.count();
    const product = await createProduct({ retryDays: 2 });
    const signUp = async (email: string, phone: string) =>
      startSignUp(await testContext(), {
        productId: product.id,
        market: "NO",
        email,
        phone,
        termsAccepted: true,
      });
    const [approved, rejected, abandoned, declined] = await Promise.all([
      signUp("poll-ok@example.no", "4798000001"),
      signUp("poll-no@example.no", "4798000002"),
      signUp("poll-away@example.no", "4798000003"),
      signUp("poll-card@example.no", "4790000001"),
    ]);
    const vippsId = async (id: string) =>
      (await db.agreement.findUniqueOrThrow({ where: { id } })).vippsAgreementId!;
    await emulator.approve(await vippsId(approved.agreementId), "4798000001");
    await emulator.reject(await vippsId(rejected.agreementId));
    await emulator.approve(await vippsId(declined.agreementId), "4790000001");
    // Vipps ends a pending agreement after 10 minutes.
    await emulator.advance({ minutes: 11 });

    const status = async (id: string) => (await db.agreement.findUniqueOrThrow({ where: { id } })).status;
    await waitFor(
      async () =>
        (await status(approved.agreementId)) === "ACTIVE" &&
        (await status(rejected.agreementId)) === "STOPPED" &&
        (await status(abandoned.agreementId)) === "EXPIRED" &&
        (await status(declined.agreementId)) === "ACTIVE",
      60_000,
    );

    await enqueue("billing.run", {});
    const charge = (agreementId: string) =>
      db.charge.findFirst({ where: { agreementId, type: "RECURRING" } });
    await waitFor(
      async () =>
        (await charge(approved.agreementId))?.sendState === "SENT" &&
        (await charge(declined.agreementId))?.sendState === "SENT",
      30_000,
    );
    // Due tomorrow, retried for two days: by day four both are final at Vipps, and Abo learns it by polling.
    await advanceBothClocks({ days: 4 });
    await waitFor(async () => {
      await enqueue("sync.sweep", {}, { singletonKey: "test-sweep", singletonSeconds: 2 });
      return (
        (await charge(approved.agreementId))?.status === "CHARGED" &&
        (await charge(declined.agreementId))?.status === "FAILED"
      );
    }, 60_000);
    expect(await db.agreement.findUniqueOrThrow({ where: { id: rejected.agreementId } })).toMatchObject({
      stopCause: "REJECTED",
    });
    expect(await db.webhookEvent.count()).toBe(before);
    // The failed charge goes to dunning: the customer hears how to fix it in the Vipps app.
    await waitFor(
      async () => (await db.email.count({ where: { kind: "dunning", to: "poll-card@example.no" } })) === 1,
      30_000,
    );
    const mail = await db.email.findFirstOrThrow({ where: { kind: "dunning", to: "poll-card@example.no" } });
    expect(mail.text).toContain("Vipps-appen");
  });
});
