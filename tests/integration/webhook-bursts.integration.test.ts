// Acceptance (issue 18): webhooks in bursts, through the route's POST behind a real HTTP server and a
// real worker draining them.
// - a deleted Vipps profile stops all its agreements (actor ADMIN): a burst of 1,500 signed
//   agreement-stopped events is taken, every agreement ends STOPPED with why, and no job fails;
// - a delivery made twice is stored and applied once;
// - two partial captures (and two partial refunds) of the same amount, told apart by transactionId,
//   both count; a redelivery of one, even looking different, does not; webhooks never move money.
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { randomKey } from "@/lib/crypto/random-ids";
import { stopExplanation } from "@/lib/domain/stop-explanation";
import { toDateOnly } from "@/lib/domain/periods";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { signWebhook } from "@/lib/vipps/webhook-signature";
import type { Child } from "../../scripts/lib/processes";
import { serveWebhookRoute } from "../harness/webhook-route";
import { createActiveAgreement, createMerchant, emulator, EMULATOR_MERCHANTS } from "../factories";
import { waitFor } from "../shared/wait-for";
import { setBothClocks, startWorker } from "./billing-fixtures";

let server: Server;
let url: string;
let worker: Child;
let secret: string;

beforeAll(async () => {
  await setBothClocks("2030-10-01T10:00:00Z");
  ({ server, url } = await serveWebhookRoute());
  await createMerchant();
  // The worker registers this URL at start (webhooks.ensure), as Abo does in production.
  worker = await startWorker("burst-worker", { WEBHOOK_URL: url });
  await waitFor(async () => !!(await db.salesUnit.findFirst({ where: { webhookUrl: url } })), 30_000);
  const registrations = (await (await fetch(`${emulator.baseUrl}/_emulator/webhooks`)).json()) as {
    url: string;
    secret: string;
  }[];
  secret = registrations.find((r) => r.url === url)!.secret;
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await new Promise((resolve) => server?.close(resolve));
});

/** Posts a signed delivery, as Vipps does; returns the status and body. */
async function deliver(body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const date = new Date().toUTCString();
  const signed = signWebhook(secret, { url, date, body });
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "x-ms-date": date,
      "x-ms-content-sha256": signed.contentHash,
      Authorization: signed.authorization,
    },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Each item through `deliver`, `inFlight` at a time. */
async function deliverAll(bodies: string[], inFlight = 32) {
  const results: { status: number; json: Record<string, unknown> }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < bodies.length) results.push(await deliver(bodies[next++]!));
    }),
  );
  return results;
}

const failedJobs = async () =>
  (
    await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job
      WHERE name IN ('webhooks.drain', 'webhook.process') AND state = 'failed'`
  )[0]!.n;

describe("a deleted Vipps profile: a burst of agreement-stopped (actor ADMIN)", () => {
  it("applies 1,500 stops, says why, and takes a second delivery of each once", async () => {
    const count = 1_500;
    const unit = await db.salesUnit.findFirstOrThrow({ where: { webhookUrl: url } });
    // Vipps has them STOPPED (the profile was deleted); Abo still has them ACTIVE.
    const { ids } = await emulator.seedAgreements({
      msn: EMULATOR_MERCHANTS.NO.msn,
      count,
      status: "STOPPED",
      productName: "Burstavisen",
    });
    const started = new Date("2030-09-01T00:00:00Z");
    await db.agreement.createMany({
      data: ids.map((vippsAgreementId, i) => ({
        id: `burst${i}`,
        merchantId: unit.merchantId,
        salesUnitId: unit.id,
        vippsAgreementId,
        status: "ACTIVE" as const,
        market: "NO" as const,
        currency: "NOK" as const,
        pricingType: "LEGACY" as const,
        amount: 29_900,
        intervalUnit: "MONTH" as const,
        intervalCount: 1,
        productName: "Burstavisen",
        transactionType: "DIRECT_CAPTURE" as const,
        retryDays: 2,
        externalId: `burst${i}`,
        returnToken: `rt-burst-${i}`,
        draftIdempotencyKey: `agr-burst${i}`,
        activatedAt: started,
        billingAnchor: toDateOnly(started),
        nextPeriodIndex: 1,
        // Not due in this test: billing has nothing to send for them.
        nextChargeDate: toDateOnly(new Date("2030-10-25T00:00:00Z")),
      })),
    });
    const bodies = ids.map((agreementId) =>
      JSON.stringify({
        msn: EMULATOR_MERCHANTS.NO.msn,
        agreementId,
        agreementUUID: null,
        eventType: "recurring.agreement-stopped.v1",
        occurred: "2030-10-01T09:59:00Z",
        actor: "ADMIN",
      }),
    );
    const sent = performance.now();
    const results = await deliverAll(bodies);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    const accepted = performance.now();

    const stopped = () => db.agreement.count({ where: { id: { startsWith: "burst" }, status: "STOPPED" } });
    await waitFor(async () => (await stopped()) === count, 180_000);
    // For the record only (no test depends on machine speed).
    console.log(
      `${count} stops: accepted in ${Math.round(accepted - sent)} ms, all applied after ${Math.round(performance.now() - sent)} ms`,
    );
    const agreements = await db.agreement.findMany({ where: { id: { startsWith: "burst" } } });
    expect(agreements.every((a) => a.stopActor === "ADMIN" && a.stopCause === "VIPPS_ADMIN")).toBe(true);
    expect(agreements.every((a) => a.nextChargeDate === null)).toBe(true);
    expect(stopExplanation(agreements[0]!.stopCause, agreements[0]!.stopActor, "en")).toBe(
      "Stopped by Vipps MobilePay: the customer's Vipps profile was deleted (actor ADMIN)",
    );
    const events = await db.webhookEvent.findMany({
      where: { agreementId: { in: ids }, eventType: "recurring.agreement-stopped.v1" },
    });
    expect(events).toHaveLength(count);
    expect(events.filter((e) => !e.processedAt || e.processError)).toEqual([]);

    // Delivered again (Vipps retries, overlapping registrations): stored once, nothing moves.
    const again = await deliverAll(bodies.slice(0, 200));
    expect(again.every((r) => r.status === 200 && r.json.duplicate === true)).toBe(true);
    expect(await db.webhookEvent.count({ where: { agreementId: { in: ids } } })).toBe(count);
    expect(await db.webhookEvent.count({ where: { agreementId: { in: ids }, deliveries: 2 } })).toBe(200);
    expect(await failedJobs()).toBe(0);
  }, 240_000);
});

describe("partial captures and refunds told apart by transactionId", () => {
  it("counts two of the same amount once each, and a redelivery of one not at all", async () => {
    const { agreement } = await createActiveAgreement({
      product: {
        initialChargeDescription: "Første måned",
        initialChargeTransactionType: "RESERVE_CAPTURE",
        prices: [{ market: "NO", currency: "NOK", amount: 19_900, initialChargeAmount: 19_900 }],
      },
    });
    // The approval's reservation reaches Abo by webhook or poll, possibly after the agreement's.
    const charge = await waitFor(
      () =>
        db.charge.findFirst({ where: { agreementId: agreement.id, type: "INITIAL", status: "RESERVED" } }),
      { timeoutMs: 30_000, what: "the initial charge RESERVED" },
    );
    // Another system captures at Vipps (Abo is not asked): only the webhooks tell Abo.
    const client = await getVippsClient(agreement.salesUnitId);
    for (let i = 0; i < 2; i++)
      await client.captureCharge(
        agreement.vippsAgreementId!,
        charge.orderId,
        { amount: 5_000 },
        { idempotencyKey: randomKey("cap") },
      );
    const read = () => db.charge.findUniqueOrThrow({ where: { id: charge.id } });
    await waitFor(async () => (await read()).capturedAmount === 10_000, 30_000);
    expect((await read()).status).toBe("PARTIALLY_CAPTURED");
    await client.captureCharge(
      agreement.vippsAgreementId!,
      charge.orderId,
      { amount: 9_900 },
      { idempotencyKey: randomKey("cap") },
    );
    await waitFor(async () => (await read()).status === "CHARGED", 30_000);

    // Refunded in the business portal, twice the same amount.
    await emulator.portalRefund(charge.orderId, 2_000);
    await emulator.portalRefund(charge.orderId, 2_000);
    await waitFor(async () => (await read()).refundedAmount === 4_000, 30_000);

    const captured = await db.webhookEvent.findMany({
      where: { chargeId: charge.orderId, eventType: "recurring.charge-captured.v1" },
    });
    const refunded = await db.webhookEvent.findMany({
      where: { chargeId: charge.orderId, eventType: "recurring.charge-refunded.v1" },
    });
    expect(captured).toHaveLength(3);
    expect(refunded).toHaveLength(2);
    expect(new Set([...captured, ...refunded].map((e) => e.transactionId)).size).toBe(5);
    // The ledger also holds the reservation's transaction; wait for the captures' and refunds'.
    const ofType = async (eventType: string) =>
      db.chargeTransaction.count({ where: { chargeId: charge.id, eventType } });
    await waitFor(
      async () =>
        (await ofType("recurring.charge-captured.v1")) === 3 &&
        (await ofType("recurring.charge-refunded.v1")) === 2,
      30_000,
    );
    const ledger = await db.chargeTransaction.findMany({ where: { chargeId: charge.id } });
    expect(ledger.filter((t) => t.eventType === "recurring.charge-captured.v1")).toHaveLength(3);
    expect(ledger.filter((t) => t.eventType === "recurring.charge-refunded.v1")).toHaveLength(2);

    // A redelivery of the first capture: the same body is a duplicate; a re-rendered one (the same
    // transaction, its time written another way) is a new delivery but not a new capture.
    const first = captured.find((e) => (e.payload as { amountCaptured: number }).amountCaptured === 5_000)!
      .payload as Record<string, unknown>;
    const same = await deliver(JSON.stringify(first));
    expect(same).toMatchObject({ status: 200, json: { duplicate: true } });
    const rerendered = {
      ...first,
      occurred: new Date(String(first.occurred)).toISOString().replace("Z", "+00:00"),
    };
    expect(rerendered.occurred).not.toBe(first.occurred);
    expect(await deliver(JSON.stringify(rerendered))).toMatchObject({
      status: 200,
      json: { duplicate: false },
    });
    await waitFor(
      async () =>
        (await db.webhookEvent.count({ where: { chargeId: charge.orderId, processedAt: null } })) === 0,
      30_000,
    );
    const repeat = await db.webhookEvent.findFirstOrThrow({
      where: { chargeId: charge.orderId, occurred: { not: null }, payload: { equals: rerendered } },
    });
    expect(repeat.processError).toBe("Already applied (the same Vipps transaction)");
    expect(await read()).toMatchObject({ capturedAmount: 19_900, refundedAmount: 4_000 });
    expect(await db.chargeTransaction.count({ where: { chargeId: charge.id } })).toBe(ledger.length);
    // Webhooks never move money: Abo itself sent no capture, refund or cancel for this charge.
    expect(await db.vippsOperation.count({ where: { chargeId: charge.id } })).toBe(0);
    expect(await failedJobs()).toBe(0);
  }, 120_000);
});
