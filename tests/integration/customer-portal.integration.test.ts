// The customer portal's data layer against real PostgreSQL and the emulator: the sign-up outcome
// as the return page sees it, the account views, and every change a customer can make, each
// checked in Abo and at Vipps, including someone else's ids and bad input changing nothing.
import { beforeEach, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { runBilling } from "@/lib/server/billing/run-billing";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { stopScheduledAgreements } from "@/lib/server/billing/stop-scheduled-agreements";
import { changeAmount } from "@/lib/server/customer-portal/change-amount";
import { changePlan } from "@/lib/server/customer-portal/change-plan";
import { getReceipt } from "@/lib/server/customer-portal/get-receipt";
import { getReturnStatus } from "@/lib/server/customer-portal/get-return-status";
import { getSubscription } from "@/lib/server/customer-portal/get-subscription";
import { listSubscriptions } from "@/lib/server/customer-portal/list-subscriptions";
import { pauseSubscription } from "@/lib/server/customer-portal/pause-subscription";
import { previewPause } from "@/lib/server/customer-portal/preview-pause";
import { querySummaryRows } from "@/lib/server/customer-portal/query-summary-rows";
import { resumeSubscription } from "@/lib/server/customer-portal/resume-subscription";
import { startSubscription } from "@/lib/server/customer-portal/start-subscription";
import { stopSubscription } from "@/lib/server/customer-portal/stop-subscription";
import { syncSubscription } from "@/lib/server/customer-portal/sync-subscription";
import { createActiveAgreement, createProduct, emulator } from "../factories";
import { waitFor } from "../shared/wait-for";
import { advanceBothClocks, setBothClocks } from "./billing-fixtures";
import { isoDay } from "@/lib/domain/periods";
import { customerContext } from "../shared/customer-context";
import { testContext } from "../shared/server-context";

const who = (agreement: { customerId: string | null }) => customerContext(agreement.customerId!);

const withInitial = {
  initialChargeDescription: "Første måned",
  initialChargeTransactionType: "DIRECT_CAPTURE" as const,
  prices: [{ market: "NO" as const, currency: "NOK" as const, amount: 19_900, initialChargeAmount: 19_900 }],
};

async function signUp(slug: string, email: string, amount?: number) {
  return startSubscription(await testContext(), {
    amount,
    slug,
    market: "NO",
    email,
    phone: "4712345678",
    locale: "nb",
    termsAccepted: true,
    clientIp: "10.0.0.1",
  });
}

async function settledStatus(token: string, from = "PENDING") {
  let status = await getReturnStatus(await testContext(), { token });
  await waitFor(async () => {
    status = await getReturnStatus(await testContext(), { token });
    return status?.status !== from;
  }, 8_000);
  return status!;
}

describe("customer portal", () => {
  beforeEach(async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
  });

  it("return page: pending until approved, then active, and a userinfo fetch is queued for scope agreements", async () => {
    const product = await createProduct({
      pricingType: "VARIABLE",
      scope: "name email phoneNumber",
      prices: [{ market: "NO", currency: "NOK", suggestedMaxAmount: 50_000 }],
    });
    await signUp(product.slug, "retur@example.no", 50_000);
    const agreement = await db.agreement.findFirstOrThrow({ where: { productId: product.id } });
    // The reader's language names the product as the merchant wrote it for them.
    await db.productText.create({ data: { productId: product.id, locale: "en", name: "Test paper" } });
    expect(
      await getReturnStatus(await testContext({ locale: "en" }), { token: agreement.returnToken }),
    ).toMatchObject({
      productName: "Test paper",
    });
    expect(
      await getReturnStatus(await testContext({ locale: "nb" }), { token: agreement.returnToken }),
    ).toMatchObject({
      status: "PENDING",
      productName: "Testavis",
      productSlug: product.slug,
      market: "NO",
    });

    await emulator.approve(agreement.vippsAgreementId!, "4712345678");
    const status = await settledStatus(agreement.returnToken);
    expect(status).toMatchObject({ status: "ACTIVE", manageUrl: `/account/subscriptions/${agreement.id}` });
    // The status view says nothing about who the customer is.
    expect(JSON.stringify(status)).not.toMatch(/4712345678|retur@example/);

    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    const jobs = await pool.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'customer.userinfo' AND data->>'agreementId' = $1`,
      [agreement.id],
    );
    await pool.end();
    expect(jobs.rows[0].n).toBe(1);
  });

  it("return page: a rejection and an expiry are shown as such; an unknown token is nothing", async () => {
    const product = await createProduct();
    await signUp(product.slug, "nei@example.no");
    const rejected = await db.agreement.findFirstOrThrow({ where: { productId: product.id } });
    await emulator.reject(rejected.vippsAgreementId!);
    expect(await settledStatus(rejected.returnToken)).toMatchObject({
      status: "STOPPED",
      stopCause: "REJECTED",
    });

    const other = await createProduct();
    await signUp(other.slug, "treg@example.no");
    const expiring = await db.agreement.findFirstOrThrow({ where: { productId: other.id } });
    await emulator.advance({ minutes: 11 });
    expect(await settledStatus(expiring.returnToken)).toMatchObject({
      status: "EXPIRED",
      stopCause: "EXPIRED",
    });

    expect(await getReturnStatus(await testContext(), { token: "no-such-token-at-all" })).toBeNull();
  });

  it("return page: a first payment that fails is shown as a failed payment, with its reason, not as an expiry", async () => {
    const product = await createProduct({ ...withInitial });
    // Test user 4790000004: approves at once, but the first payment always fails (expired card).
    await startSubscription(await testContext(), {
      slug: product.slug,
      market: "NO",
      email: "kort@example.no",
      phone: "4790000004",
      locale: "nb",
      termsAccepted: true,
      clientIp: "10.0.0.1",
    });
    const agreement = await db.agreement.findFirstOrThrow({ where: { productId: product.id } });
    await emulator.approve(agreement.vippsAgreementId!, "4790000004");
    const status = await settledStatus(agreement.returnToken);
    expect(status).toMatchObject({
      status: "EXPIRED",
      firstPaymentFailed: { reason: "user_action_required" },
    });

    // A plain expiry has no failed payment.
    const other = await createProduct({ ...withInitial });
    await signUp(other.slug, "sein@example.no");
    const expiring = await db.agreement.findFirstOrThrow({ where: { productId: other.id } });
    await emulator.advance({ minutes: 11 });
    expect(await settledStatus(expiring.returnToken)).toMatchObject({
      status: "EXPIRED",
      firstPaymentFailed: null,
    });
  });

  it("a typed email alone never returns another person's pending sign-up (its confirmation page shows their phone)", async () => {
    const product = await createProduct();
    const first = await signUp(product.slug, "eier@example.no");
    // Someone else types the same email within minutes, with their own phone.
    const other = await startSubscription(await testContext(), {
      slug: product.slug,
      market: "NO",
      email: "eier@example.no",
      phone: "4798765499",
      locale: "nb",
      termsAccepted: true,
      clientIp: "10.0.0.2",
    });
    expect(other.confirmationUrl).not.toBe(first.confirmationUrl);
    // The owner starting again with their own phone gets their own request back.
    expect((await signUp(product.slug, "eier@example.no")).confirmationUrl).toBe(first.confirmationUrl);
  });

  it("refuses a sign-up for a product that is not on sale, and writes nothing", async () => {
    const draft = await createProduct({ status: "DRAFT" });
    const before = await db.agreement.count();
    await expect(signUp(draft.slug, "utkast@example.no")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(signUp("no-such-product", "ingen@example.no")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.agreement.count()).toBe(before);
    expect(
      await db.customer.count({ where: { email: { in: ["utkast@example.no", "ingen@example.no"] } } }),
    ).toBe(0);
  });

  it("account: status, price, next payment, charges and receipts of the customer's own subscriptions", async () => {
    const { agreement } = await createActiveAgreement({ product: withInitial });
    const [summary] = await listSubscriptions(await customerContext(agreement.customerId!));
    expect(summary).toMatchObject({
      id: agreement.id,
      status: "ACTIVE",
      productName: "Testavis",
      stopAt: null,
      pausedUntil: null,
      paymentProblem: false,
    });
    expect(summary!.terms).toMatchObject({
      pricingType: "LEGACY",
      currency: "NOK",
      amount: 19_900,
      interval: { unit: "MONTH", count: 1 },
    });
    // The initial charge paid the first month: the next payment is a month after activation.
    expect(summary!.nextCharge).toEqual({ date: "2030-04-10", amount: 19_900 });

    const detail = await getSubscription(await customerContext(agreement.customerId!), {
      agreementId: agreement.id,
    });
    expect(detail!.charges).toHaveLength(1);
    expect(detail!.charges[0]).toMatchObject({
      type: "INITIAL",
      status: "CHARGED",
      hasReceipt: true,
      amount: 19_900,
    });
    expect(detail).toMatchObject({
      periodEndsAt: "2030-04-10",
      changesFrom: "2030-04-10",
      canPause: true,
      canChangeAmount: false,
      planOptions: [],
    });

    const receipt = await getReceipt(await customerContext(agreement.customerId!), {
      chargeId: detail!.charges[0]!.id,
    });
    expect(receipt).toMatchObject({
      productName: "Testavis",
      market: "NO",
      contact: { shopName: "Testbutikken" },
      reference: `abo-${agreement.id}-init`,
    });
    expect(receipt!.documents).toMatchObject([{ kind: "RECEIPT", number: 1, amount: 19_900 }]);
  });

  it("someone else's agreement or charge: not found for every read and change, and nothing moves", async () => {
    const { agreement } = await createActiveAgreement({ product: { ...withInitial, planGroup: "g-access" } });
    await createProduct({
      planGroup: "g-access",
      prices: [{ market: "NO", currency: "NOK", amount: 29_900 }],
      slug: "access-big",
    });
    const intruder = (await createActiveAgreement()).agreement;
    const charge = await db.charge.findFirstOrThrow({ where: { agreementId: agreement.id } });
    const before = {
      agreement: await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } }),
      remote: await emulator.agreement(agreement.vippsAgreementId!),
    };
    const operations = await db.vippsOperation.count();
    const audits = await db.auditEvent.count();

    const id = agreement.id;
    const attempts = [
      async () => stopSubscription(await who(intruder), { agreementId: id, when: "NOW" }),
      async () => stopSubscription(await who(intruder), { agreementId: id, when: "PERIOD_END" }),
      async () => pauseSubscription(await who(intruder), { agreementId: id, until: "2030-05-01" }),
      async () => resumeSubscription(await who(intruder), { agreementId: id }),
      async () => changePlan(await who(intruder), { agreementId: id, productSlug: "access-big" }),
      async () => changeAmount(await who(intruder), { agreementId: id, amount: 10_000 }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await getSubscription(await customerContext(intruder.customerId!), { agreementId: id }),
    ).toBeNull();
    expect(await getReceipt(await customerContext(intruder.customerId!), { chargeId: charge.id })).toBeNull();
    expect((await listSubscriptions(await customerContext(intruder.customerId!))).map((s) => s.id)).toEqual([
      intruder.id,
    ]);

    const after = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect({ ...after, lastSyncedAt: null, updatedAt: null }).toEqual({
      ...before.agreement,
      lastSyncedAt: null,
      updatedAt: null,
    });
    const remote = await emulator.agreement(agreement.vippsAgreementId!);
    expect({ status: remote.status, pricing: remote.pricing }).toEqual({
      status: before.remote.status,
      pricing: before.remote.pricing,
    });
    expect(await db.vippsOperation.count()).toBe(operations);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("stop at period end: later charges cancelled at Vipps now, the agreement stopped there when the period ends", async () => {
    const { agreement } = await createActiveAgreement({ product: withInitial });
    await advanceBothClocks({ days: 29 });
    await runBilling();
    const later = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "RECURRING" },
    });
    expect(later).toMatchObject({ periodIndex: 1, sendState: "SENT" });

    const result = await stopSubscription(await who(agreement), {
      agreementId: agreement.id,
      when: "PERIOD_END",
      reason: "Flytter",
    });
    expect(result).toEqual({ stoppedNow: false, stopAt: "2030-04-10T00:00:00.000Z" });
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: "ACTIVE",
      stopCause: "CUSTOMER",
      stopReason: "Flytter",
    });
    expect((await db.charge.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("CANCELLED");
    const remote = await emulator.agreement(agreement.vippsAgreementId!);
    expect(remote.status).toBe("ACTIVE");
    expect(remote.charges!.find((c) => c.id === later.orderId)!.status).toBe("CANCELLED");
    const [summary] = await listSubscriptions(await customerContext(agreement.customerId!));
    expect(summary).toMatchObject({ stopAt: "2030-04-10T00:00:00.000Z", nextCharge: null });
    await expect(
      stopSubscription(await who(agreement), { agreementId: agreement.id, when: "PERIOD_END" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // The period ends: the scheduled-stop job stops it at Vipps, keeping the customer as the cause.
    await advanceBothClocks({ days: 2 });
    expect(await stopScheduledAgreements()).toMatchObject({ stopped: 1 });
    expect((await emulator.agreement(agreement.vippsAgreementId!)).status).toBe("STOPPED");
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: "STOPPED",
      stopCause: "CUSTOMER",
    });
  });

  it("stop now: stopped in Abo and at Vipps at once, final", async () => {
    const { agreement } = await createActiveAgreement();
    expect(
      await stopSubscription(await who(agreement), {
        agreementId: agreement.id,
        when: "NOW",
        reason: "For dyrt",
      }),
    ).toEqual({ stoppedNow: true, stopAt: null });
    expect((await emulator.agreement(agreement.vippsAgreementId!)).status).toBe("STOPPED");
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: "STOPPED",
      stopCause: "CUSTOMER",
      stopReason: "For dyrt",
    });
    await expect(
      stopSubscription(await who(agreement), { agreementId: agreement.id, when: "NOW" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const detail = await getSubscription(await customerContext(agreement.customerId!), {
      agreementId: agreement.id,
    });
    expect(detail).toMatchObject({
      status: "STOPPED",
      canPause: false,
      canChangeAmount: false,
      planOptions: [],
      nextCharge: null,
    });
  });

  it("pause: no charge is made for the paused periods; after resuming, billing goes on", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling();
    expect(await db.charge.count({ where: { agreementId: agreement.id, type: "RECURRING" } })).toBe(1);

    const until = "2030-05-01";
    expect(
      await pauseSubscription(await who(agreement), { agreementId: agreement.id, until, reason: "Ferie" }),
    ).toEqual({ pausedUntil: until });
    const [paused] = await listSubscriptions(await customerContext(agreement.customerId!));
    expect(paused).toMatchObject({ pausedUntil: until, nextCharge: { date: "2030-05-10", amount: 19_900 } });

    await advanceBothClocks({ days: 30 });
    await runBilling();
    expect(await db.charge.count({ where: { agreementId: agreement.id, type: "RECURRING" } })).toBe(1);
    expect((await emulator.agreement(agreement.vippsAgreementId!)).charges).toHaveLength(1);

    await resumeSubscription(await who(agreement), { agreementId: agreement.id });
    await advanceBothClocks({ days: 28 });
    await runBilling();
    const charges = await db.charge.findMany({
      where: { agreementId: agreement.id, type: "RECURRING" },
      orderBy: { periodIndex: "asc" },
    });
    expect(charges.map((c) => [c.periodIndex, isoDay(c.due), c.sendState])).toEqual([
      [0, "2030-03-11", "SENT"],
      [2, "2030-05-10", "SENT"],
    ]);
    expect((await emulator.agreement(agreement.vippsAgreementId!)).charges!.map((c) => c.id).sort()).toEqual(
      charges.map((c) => c.orderId).sort(),
    );
    await expect(
      resumeSubscription(await who(agreement), { agreementId: agreement.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("pause: the confirm step's next payment is the charge the scheduler then makes", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling();
    const until = "2030-04-20";
    const preview = await previewPause(await who(agreement), { agreementId: agreement.id, until });
    // Nothing changed by looking.
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).pausedUntil).toBeNull();
    await pauseSubscription(await who(agreement), { agreementId: agreement.id, until });
    for (let i = 0; i < 4; i++) {
      await advanceBothClocks({ days: 15 });
      await runBilling();
    }
    const [first] = await db.charge.findMany({
      where: {
        agreementId: agreement.id,
        type: "RECURRING",
        status: { not: "CANCELLED" },
        periodIndex: { gt: 0 },
      },
      orderBy: { periodIndex: "asc" },
    });
    expect(preview.nextCharge).toEqual({ date: isoDay(first!.due), amount: first!.amount });
    await expect(
      previewPause(await who(agreement), { agreementId: agreement.id, until: "2029-01-01" }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", details: { fieldErrors: { until: "pauseRange" } } });
  });

  it("pause: a date in the past or too far ahead is refused at the field, and nothing changes", async () => {
    const { agreement } = await createActiveAgreement();
    for (const until of ["2030-03-10", "2030-01-01", "2031-06-01"]) {
      const error = await pauseSubscription(await who(agreement), { agreementId: agreement.id, until }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "BAD_INPUT", details: { fieldErrors: { until: "pauseRange" } } });
    }
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).pausedUntil).toBeNull();
    expect(
      await db.auditEvent.count({ where: { agreementId: agreement.id, action: "agreement.pause" } }),
    ).toBe(0);
  });

  it("change plan: another plan of the group, same pricing type; the new price is at Vipps at once", async () => {
    const { agreement, product } = await createActiveAgreement({
      product: { planGroup: "g-plan", slug: "plan-small" },
    });
    const big = await createProduct({
      planGroup: "g-plan",
      name: "Testavis Stor",
      description: "Avis og magasin",
      slug: "plan-big",
      prices: [{ market: "NO", currency: "NOK", amount: 34_900 }],
    });
    await createProduct({
      planGroup: "g-plan",
      slug: "plan-variable",
      pricingType: "VARIABLE",
      prices: [{ market: "NO", currency: "NOK", suggestedMaxAmount: 50_000 }],
    });
    await createProduct({ planGroup: "g-other", slug: "plan-other" });
    await createProduct({ planGroup: "g-plan", slug: "plan-draft", status: "DRAFT" });

    const detail = await getSubscription(await customerContext(agreement.customerId!), {
      agreementId: agreement.id,
    });
    expect(detail!.planOptions.map((o) => o.slug)).toEqual(["plan-big"]);
    expect(detail!.planOptions[0]!.terms).toMatchObject({
      amount: 34_900,
      campaign: null,
      initialCharge: null,
    });

    for (const slug of ["plan-variable", "plan-other", "plan-draft", product.slug, "nope"]) {
      await expect(
        changePlan(await who(agreement), { agreementId: agreement.id, productSlug: slug }),
      ).rejects.toMatchObject({
        code: "BAD_INPUT",
        details: { fieldErrors: { productSlug: "choosePlan" } },
      });
    }
    expect((await emulator.agreement(agreement.vippsAgreementId!)).pricing.amount).toBe(19_900);

    expect(
      await changePlan(await who(agreement), { agreementId: agreement.id, productSlug: "plan-big" }),
    ).toEqual({
      productName: "Testavis Stor",
    });
    const remote = await emulator.agreement(agreement.vippsAgreementId!);
    expect(remote.pricing.amount).toBe(34_900);
    expect(remote.productName).toBe("Testavis Stor");
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      productId: big.id,
      amount: 34_900,
      productName: "Testavis Stor",
    });
    const [summary] = await listSubscriptions(await customerContext(agreement.customerId!));
    // The first period starts today; Vipps cannot charge today, so the scheduler makes it due tomorrow.
    expect(summary!.nextCharge).toEqual({ date: "2030-03-11", amount: 34_900 });
  });

  it("change amount: variable pricing only, within the currency's limit, at Vipps at once", async () => {
    const { agreement } = await createActiveAgreement({
      product: {
        pricingType: "VARIABLE",
        prices: [{ market: "NO", currency: "NOK", suggestedMaxAmount: 50_000 }],
      },
    });
    for (const amount of [0, 99, 2_000_001]) {
      await expect(
        changeAmount(await who(agreement), { agreementId: agreement.id, amount }),
      ).rejects.toMatchObject({ code: "BAD_INPUT", details: { fieldErrors: { amount: "amountRange" } } });
    }
    expect((await emulator.agreement(agreement.vippsAgreementId!)).pricing.suggestedMaxAmount).toBe(50_000);
    await changeAmount(await who(agreement), { agreementId: agreement.id, amount: 25_000 });
    expect((await emulator.agreement(agreement.vippsAgreementId!)).pricing.suggestedMaxAmount).toBe(25_000);
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).suggestedMaxAmount).toBe(
      25_000,
    );

    const fixed = (await createActiveAgreement()).agreement;
    await expect(
      changeAmount(await who(fixed), { agreementId: fixed.id, amount: 25_000 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a stop made in the Vipps app shows on the agreement page's next visit", async () => {
    const { agreement } = await createActiveAgreement();
    await emulator.userStop(agreement.vippsAgreementId!);
    // Our copy is fresh (just synced): the page does not ask Vipps again within a minute.
    await syncSubscription(await customerContext(agreement.customerId!), { agreementId: agreement.id });
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe("ACTIVE");
    await db.agreement.update({
      where: { id: agreement.id },
      data: { lastSyncedAt: new Date(Date.now() - 5 * 60_000) },
    });
    await syncSubscription(await customerContext(agreement.customerId!), { agreementId: agreement.id });
    const [summary] = await listSubscriptions(await customerContext(agreement.customerId!));
    expect(summary).toMatchObject({ status: "STOPPED", stopCause: "USER_IN_APP" });
    // Another customer's visit never triggers a read of this agreement.
    const other = (await createActiveAgreement()).agreement;
    const calls = await db.vippsCall.count({ where: { agreementId: agreement.vippsAgreementId! } });
    await syncSubscription(await customerContext(other.customerId!), { agreementId: agreement.id });
    expect(await db.vippsCall.count({ where: { agreementId: agreement.vippsAgreementId! } })).toBe(calls);
  });

  it("a payment that did not go through is flagged on the account, with no receipt", async () => {
    // 151 øre is a magic amount: the emulator's charge attempt fails (user_action_required).
    const { agreement } = await createActiveAgreement({
      product: { retryDays: 0, prices: [{ market: "NO", currency: "NOK", amount: 151 }] },
    });
    await runBilling();
    await advanceBothClocks({ days: 1, hours: 1 });
    await syncAgreementCharges(await testContext(), agreement.id, "poll");
    const [summary] = await listSubscriptions(await customerContext(agreement.customerId!));
    expect(summary!.paymentProblem).toBe(true);
    const detail = await getSubscription(await customerContext(agreement.customerId!), {
      agreementId: agreement.id,
    });
    expect(detail!.charges[0]).toMatchObject({ status: "FAILED", hasReceipt: false });
    expect(
      await getReceipt(await customerContext(agreement.customerId!), { chargeId: detail!.charges[0]!.id }),
    ).toBeNull();
  });
  it("open charges, read in one statement: unsettled ones and failures of the last 40 days, only the customer's own", async () => {
    const { agreement } = await createActiveAgreement();
    const other = await createActiveAgreement();
    const today = new Date("2030-06-15T10:00:00Z");
    const charge = (
      key: string,
      status: "PENDING" | "DUE" | "PROCESSING" | "FAILED" | "CHARGED",
      due: string,
      sendState: "SENT" | "REJECTED" = "SENT",
    ) =>
      db.charge.create({
        data: {
          agreementId: agreement.id,
          customerId: agreement.customerId,
          orderId: `open-${key}-${agreement.id}`,
          idempotencyKey: `open-${key}-${agreement.id}`,
          type: "RECURRING",
          status,
          sendState,
          transactionType: "DIRECT_CAPTURE",
          amount: 19_900,
          currency: "NOK",
          description: key,
          due: new Date(`${due}T00:00:00Z`),
        },
      });
    for (const [key, status, due, sendState] of [
      ["pending", "PENDING", "2030-07-10"],
      ["due", "DUE", "2030-06-10"],
      ["processing", "PROCESSING", "2030-06-14"],
      ["failed-recently", "FAILED", "2030-05-06"],
      ["failed-long-ago", "FAILED", "2030-05-05"],
      ["charged", "CHARGED", "2030-06-01"],
      ["rejected", "PENDING", "2030-08-10", "REJECTED"],
    ] as const)
      await charge(key, status, due, sendState as "REJECTED" | undefined);

    const rows = await querySummaryRows(await customerContext(agreement.customerId!, {}, { now: today }), {
      limit: 10,
    });
    expect(rows.map((r) => r.row.id)).toEqual([agreement.id]);
    expect(rows[0]!.row).toMatchObject({
      status: "ACTIVE",
      productId: agreement.productId,
      product: { slug: expect.any(String) },
    });
    expect(rows[0]!.row.createdAt).toBeInstanceOf(Date);
    expect(rows[0]!.open.map((c) => `${c.status} ${isoDay(c.due)}`).sort()).toEqual([
      "DUE 2030-06-10",
      "FAILED 2030-05-06",
      "PENDING 2030-07-10",
      "PROCESSING 2030-06-14",
    ]);
    expect(rows[0]!.open.every((c) => c.agreementId === agreement.id)).toBe(true);
    expect(
      await querySummaryRows(await customerContext(other.agreement.customerId!, {}, { now: today }), {
        agreementId: agreement.id,
        limit: 1,
      }),
    ).toEqual([]);
  });
});
