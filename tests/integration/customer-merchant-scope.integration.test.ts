// Merchant scoping of agreements, the customer portal and sign-ups (issue 16): every read and write
// takes the merchant from the server context, so merchant A's staff and customers find merchant B's
// agreements, products and sign-ups exactly as they find unknown ones, and change nothing of them.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { pauseAgreement, resumeAgreement } from "@/lib/server/agreements/pause-agreement";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { scheduleStop } from "@/lib/server/agreements/schedule-stop";
import { startSignUp } from "@/lib/server/agreements/start-sign-up";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import { undoScheduledStop } from "@/lib/server/agreements/undo-scheduled-stop";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import { getReturnStatus } from "@/lib/server/customer-portal/get-return-status";
import { getSubscription } from "@/lib/server/customer-portal/get-subscription";
import { listProducts } from "@/lib/server/customer-portal/list-products";
import { listSubscriptions } from "@/lib/server/customer-portal/list-subscriptions";
import { pauseSubscription } from "@/lib/server/customer-portal/pause-subscription";
import { startSubscription } from "@/lib/server/customer-portal/start-subscription";
import { stopSubscription } from "@/lib/server/customer-portal/stop-subscription";
import { createActiveAgreement, createMerchant } from "../factories";
import { customerContext } from "../shared/customer-context";
import { testContext } from "../shared/server-context";

const admin: TActor = { type: "STAFF", id: "staff-a", email: "admin@a.test", role: "ADMIN" };

/** Merchant B's own sales unit, product, customer and ACTIVE agreement (with a charge), written directly. */
async function merchantB() {
  const merchant = await db.merchant.create({ data: { name: "Butikk B" } });
  const unit = await db.salesUnit.create({
    data: {
      merchantId: merchant.id,
      name: "B NO",
      environment: "TEST",
      market: "NO",
      currency: "NOK",
      msn: "999999",
      baseUrl: "http://127.0.0.1:9",
      clientIdEnc: "x",
      clientSecretEnc: "x",
      subscriptionKeyEnc: "x",
      subscriptionKeyHint: "x",
    },
  });
  const product = await db.product.create({
    data: {
      merchantId: merchant.id,
      slug: `b-${randomUUID().slice(0, 8)}`,
      name: "B-avisen",
      status: "LIVE",
      pricingType: "LEGACY",
      intervalUnit: "MONTH",
      intervalCount: 1,
      transactionType: "DIRECT_CAPTURE",
      retryDays: 2,
      prices: { create: [{ market: "NO", currency: "NOK", amount: 9_900 }] },
    },
  });
  const customer = await db.customer.create({
    data: { merchantId: merchant.id, email: "kunde@b.test", phone: "4799990000", market: "NO" },
  });
  const id = `b${randomUUID().replace(/-/g, "").slice(0, 24)}`;
  const agreement = await db.agreement.create({
    data: {
      id,
      merchantId: merchant.id,
      salesUnitId: unit.id,
      customerId: customer.id,
      productId: product.id,
      status: "ACTIVE",
      market: "NO",
      currency: "NOK",
      pricingType: "LEGACY",
      amount: 9_900,
      intervalUnit: "MONTH",
      intervalCount: 1,
      productName: "B-avisen",
      transactionType: "DIRECT_CAPTURE",
      retryDays: 2,
      externalId: id,
      returnToken: `rt-${id}`,
      draftIdempotencyKey: `dk-${id}`,
      vippsAgreementId: `agr_${id}`,
      activatedAt: new Date("2030-01-10T00:00:00Z"),
      billingAnchor: new Date("2030-01-10T00:00:00Z"),
      stopAt: null,
    },
  });
  await db.charge.create({
    data: {
      agreementId: id,
      customerId: customer.id,
      orderId: `o-${id}`,
      idempotencyKey: `i-${id}`,
      type: "RECURRING",
      transactionType: "DIRECT_CAPTURE",
      amount: 9_900,
      currency: "NOK",
      description: "B-avisen",
      due: new Date("2030-02-10T00:00:00Z"),
      status: "PENDING",
    },
  });
  return { merchant, product, customer, agreement };
}

let a: Awaited<ReturnType<typeof createActiveAgreement>>;
let b: Awaited<ReturnType<typeof merchantB>>;

beforeAll(async () => {
  await createMerchant(); // merchant A, the installation's (the oldest)
  a = await createActiveAgreement();
  b = await merchantB();
});

/** Everything of B's agreement a change could touch, to compare before and after. */
const stateOfB = async () => ({
  agreement: await db.agreement.findUniqueOrThrow({ where: { id: b.agreement.id } }),
  charges: await db.charge.findMany({ where: { agreementId: b.agreement.id } }),
  audits: await db.auditEvent.count({ where: { agreementId: b.agreement.id } }),
  operations: await db.vippsOperation.count({ where: { agreementId: b.agreement.id } }),
  feedback: await db.stopFeedback.count({ where: { agreementId: b.agreement.id } }),
});

describe("merchant scoping of agreements and the customer portal", () => {
  it("merchant A's staff cannot stop, pause, change or refresh merchant B's agreement: not found, nothing changed", async () => {
    const before = await stateOfB();
    const staffOfA = () => testContext({ actor: admin });
    const agreementId = b.agreement.id;
    const attempts = [
      async () => stopAgreement(await staffOfA(), { agreementId, reason: "not yours" }),
      async () => scheduleStop(await staffOfA(), { agreementId }),
      async () => pauseAgreement(await staffOfA(), { agreementId, until: new Date("2031-01-01T00:00:00Z") }),
      async () => resumeAgreement(await staffOfA(), { agreementId }),
      async () => undoScheduledStop(await staffOfA(), { agreementId }),
      async () => updateAgreement(await staffOfA(), { agreementId, changes: { amount: 100 } }),
      async () => refreshAgreement(await staffOfA(), agreementId, "refresh"),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await stateOfB()).toEqual(before);
    // The same staff member finds their own merchant's agreement (the fixture is not the reason).
    await expect(refreshAgreement(await staffOfA(), a.agreement.id, "refresh")).resolves.toBeTruthy();
  });

  it("B's own context can change B's agreement (the NOT_FOUND above is the scoping, not the data)", async () => {
    const staffOfB = await testContext({ actor: admin, merchantId: b.merchant.id });
    const after = await pauseAgreement(staffOfB, {
      agreementId: b.agreement.id,
      until: new Date(staffOfB.now.getTime() + 20 * 86_400_000),
    });
    expect(after.pausedUntil).not.toBeNull();
    await resumeAgreement(staffOfB, { agreementId: b.agreement.id });
  });

  it("a customer context cannot see or change another merchant's agreements", async () => {
    const before = await stateOfB();
    // A's customer, asking for B's agreement by id.
    const customerOfA = () => customerContext(a.agreement.customerId!);
    const agreementId = b.agreement.id;
    expect(await getSubscription(await customerOfA(), { agreementId })).toBeNull();
    expect((await listSubscriptions(await customerOfA())).map((s) => s.id)).toEqual([a.agreement.id]);
    await expect(stopSubscription(await customerOfA(), { agreementId, when: "NOW" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      pauseSubscription(await customerOfA(), { agreementId, until: "2031-01-01" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    // B's customer in a context of merchant A (the merchant is in every `where`, not only the customer).
    const mismatched = () => customerContext(b.customer.id, {}, { merchantId: a.agreement.merchantId });
    expect(await getSubscription(await mismatched(), { agreementId })).toBeNull();
    expect(await listSubscriptions(await mismatched())).toEqual([]);
    await expect(
      stopSubscription(await mismatched(), { agreementId, when: "PERIOD_END" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await stateOfB()).toEqual(before);

    // In its own merchant's context, B's customer sees it.
    const own = await customerContext(b.customer.id, {}, { merchantId: b.merchant.id });
    expect((await getSubscription(own, { agreementId }))?.id).toBe(agreementId);
  });

  it("visitors of merchant A's shop neither see nor sign up to B's products, nor read B's return page", async () => {
    const visitor = () => testContext();
    const slugs = (await listProducts(await visitor(), { market: "NO" })).map((p) => p.slug);
    expect(slugs).toContain(a.product.slug);
    expect(slugs).not.toContain(b.product.slug);
    const form = { market: "NO" as const, email: "ny@b.test", phone: "4799990001", termsAccepted: true };
    await expect(startSignUp(await visitor(), { ...form, productId: b.product.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      startSubscription(await visitor(), {
        ...form,
        slug: b.product.slug,
        locale: "nb",
        clientIp: "10.9.9.9",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.customer.count({ where: { email: "ny@b.test" } })).toBe(0);
    expect(await getReturnStatus(await visitor(), { token: b.agreement.returnToken })).toBeNull();
  });
});
