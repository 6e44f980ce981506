// Abo's side of the Vipps changes of 2025–2026 (issue #18), against the emulator over HTTP: failure
// reasons in plain words and in the dunning mail, processingMode per product, refusals that name
// the charge's status, and the capture and refund deadlines. No webhooks are registered here: what
// Abo learns, it learns by reading Vipps.
import { beforeAll, describe, expect, it } from "vitest";
import { explainCharge } from "@/components/customer/charge-text";
import { db } from "@/lib/db";
import { emptyProductForm } from "@/lib/domain/product-form";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { saveProduct } from "@/lib/server/admin/save-product";
import { handleFailedCharge } from "@/lib/server/billing/handle-failed-charge";
import { pollCharge } from "@/lib/server/billing/poll-charge";
import { runBilling } from "@/lib/server/billing/run-billing";
import { captureCharge } from "@/lib/server/charges/capture-charge";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { getSubscription } from "@/lib/server/customer-portal/get-subscription";
import { getAgreementView } from "@/lib/server/support/get-agreement-view";
import { getChargeView } from "@/lib/server/support/get-charge-view";
import { listWorkList } from "@/lib/server/support/list-work-list";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { createActiveAgreement, createMerchant, emulator } from "../factories";
import { testContext } from "../shared/server-context";
import { advanceBothClocks, seedActiveAgreements, setBothClocks, withInitial } from "./billing-fixtures";
import { customerContext } from "../shared/customer-context";

const staff: TAdminActor = { type: "STAFF", id: "staff-1", email: "agent@abo.test", role: "ADMIN" };
const DECLINED = "4790000001"; // the emulator's user whose card is always declined

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

const reserved = (market: "NO" | "DK") => withInitial("RESERVE_CAPTURE", market);

beforeAll(async () => {
  await setBothClocks("2030-10-01T10:00:00Z");
  const { merchant } = await createMerchant();
  await db.merchant.update({
    where: { id: merchant.id },
    data: { supportEmail: "hjelp@butikken.example", chargeLeadDays: 1, dunningStopAfterFailures: null },
  });
});

describe("failureReason", () => {
  it("reaches the customer's payments, support's views, the work list and the dunning mail in plain words", async () => {
    const { agreement } = await createActiveAgreement({
      phone: DECLINED,
      email: "avvist@example.no",
      product: { intervalUnit: "WEEK", retryDays: 0 },
    });
    await runBilling(await testContext());
    const charge = await db.charge.findFirstOrThrow({ where: { agreementId: agreement.id, periodIndex: 0 } });
    await advanceBothClocks({ days: 1 });
    await pollCharge(await testContext(), charge.id);
    expect(await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({
      status: "FAILED",
      failureReason: "user_action_required",
    });

    // The customer's subscription page: the charge says why, in their language.
    const subscription = await getSubscription(await customerContext(agreement.customerId!), {
      agreementId: agreement.id,
    });
    const dto = subscription!.charges.find((c) => c.id === charge.id)!;
    expect(dto.failureReason).toBe("user_action_required");
    expect(explainCharge(translator("nb"), dto, "Vipps", "2030-10-02")).toBe(
      "Betalingen gikk ikke gjennom: kortet ble avvist – det kan være utløpt, sperret eller uten dekning. Åpne Vipps-appen og sjekk eller bytt kortet på avtalen.",
    );

    // Support: the charge, the agreement's charges and the failed-charges work list, in the staff
    // member's language.
    const staff = await testContext({ locale: "en" });
    const words =
      "The card was refused – it may have expired, be blocked or lack funds (user_action_required)";
    expect((await getChargeView(staff, charge.id)).charge.failureReasonText).toBe(words);
    const view = await getAgreementView(staff, agreement.id);
    expect(view.charges.find((c) => c.id === charge.id)!.failureReasonText).toBe(words);
    const failed = await listWorkList(staff, "failed-charges");
    expect(failed.rows.find((r) => r.id === charge.id)!.cells.reason).toBe(words);
    expect(
      (await getChargeView(await testContext({ locale: "nb" }), charge.id)).charge.failureReasonText,
    ).toBe("Kortet ble avvist – det kan være utløpt, sperret eller uten dekning (user_action_required)");

    // The dunning mail names the reason and gives the card steps.
    await db.customer.update({ where: { id: agreement.customerId! }, data: { locale: "en" } });
    expect(await handleFailedCharge(await testContext(), charge.id)).toEqual({
      stopped: false,
      emailed: true,
    });
    const mail = await db.email.findFirstOrThrow({ where: { kind: "dunning", to: "avvist@example.no" } });
    expect(mail.text).toContain(
      "Reason: the card was refused – it may have expired, be blocked or lack funds.",
    );
    expect(mail.text).toContain(
      "3. Check that the card on the agreement is valid and has enough money, or choose another card.",
    );
  });
});

describe("processingMode", () => {
  it("the product editor refuses SINGLE_ATTEMPT with retry days, at the field, and saves nothing", async () => {
    const base = emptyProductForm("NO");
    const form = {
      ...base,
      name: "Engangsforsøk",
      slug: "engangsforsok",
      processingMode: "SINGLE_ATTEMPT" as const,
      retryDays: "3",
      prices: { ...base.prices, NO: { ...base.prices.NO, amount: "249" } },
    };
    const before = { products: await db.product.count(), audit: await db.auditEvent.count() };
    const error = await refusal(saveProduct(await testContext({ actor: staff }), { form }));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.details.fieldErrors).toEqual({
      retryDays: expect.stringMatching(/processingMode SINGLE_ATTEMPT requires retryDays 0/),
    });
    expect(await db.product.count()).toBe(before.products);
    expect(await db.auditEvent.count()).toBe(before.audit);

    const saved = await saveProduct(await testContext({ actor: staff }), {
      form: { ...form, retryDays: "0" },
    });
    expect(await db.product.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({
      processingMode: "SINGLE_ATTEMPT",
      retryDays: 0,
    });
  });

  it("a SINGLE_ATTEMPT product's charges reach Vipps with that mode and retryDays 0, one by one", async () => {
    const { agreement } = await createActiveAgreement({
      product: { intervalUnit: "WEEK", retryDays: 0, processingMode: "SINGLE_ATTEMPT" },
    });
    expect(agreement).toMatchObject({ processingMode: "SINGLE_ATTEMPT", retryDays: 0 });
    // Beside enough ordinary agreements that the run uses the bulk endpoint for those.
    const { agreements: ordinary } = await seedActiveAgreements(8);
    await runBilling(await testContext());

    const single = await db.charge.findFirstOrThrow({ where: { agreementId: agreement.id, periodIndex: 0 } });
    expect(single.sendState).toBe("SENT");
    const created = await emulator.requests({
      pathContains: `/agreements/${agreement.vippsAgreementId}/charges`,
      method: "POST",
    });
    const mine = created.filter((r) => (r.body as { orderId?: string })?.orderId === single.orderId);
    expect(mine.length).toBeGreaterThan(0);
    for (const request of mine) {
      expect(request.status).toBe(201);
      expect(request.body).toMatchObject({ processingMode: "SINGLE_ATTEMPT", retryDays: 0 });
    }
    // The others went in bulk, without a processingMode (the bulk endpoint has none).
    const bulk = await emulator.requests({
      pathContains: "/recurring/v3/agreements/charges",
      method: "POST",
    });
    const items = bulk.flatMap((r) => (Array.isArray(r.body) ? (r.body as Record<string, unknown>[]) : []));
    expect(items.some((i) => i.orderId === single.orderId)).toBe(false);
    expect(items.filter((i) => ordinary.some((a) => a.vippsAgreementId === i.agreementId))).toHaveLength(8);
    expect(items.every((i) => !("processingMode" in i))).toBe(true);
  });
});

describe("refusals and deadlines", () => {
  it("a capture Vipps refuses for the charge's status tells the agent that status, and Abo catches up", async () => {
    const { agreement } = await createActiveAgreement(reserved("NO"));
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    expect(charge.status).toBe("RESERVED");
    // Captured at Vipps behind Abo's back (as in the business portal); no webhook reaches Abo.
    const client = await getVippsClient(agreement.salesUnitId);
    await client.captureCharge(
      agreement.vippsAgreementId!,
      charge.orderId,
      { amount: 19_900 },
      {
        idempotencyKey: "captured-elsewhere-1",
      },
    );

    const error = await refusal(
      captureCharge(await testContext({ actor: staff }), {
        chargeId: charge.id,
        amount: 19_900,
        reason: "Sent",
      }),
    );
    expect(error.code).toBe("VIPPS_REJECTED");
    expect(error.message).toBe(
      "Vipps MobilePay refused to capture: A charge with status CHARGED cannot be captured. Abo has read the charge again: it is charged.",
    );
    expect(await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({
      status: "CHARGED",
    });
    expect(
      await db.auditEvent.count({ where: { chargeId: charge.id, action: "charge.capture.failed" } }),
    ).toBe(1);
  });

  it("capture after the market's deadline (14 days in Denmark) is refused at the field, nothing sent", async () => {
    const { agreement } = await createActiveAgreement(reserved("DK"));
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    expect((await getChargeView(await testContext(), charge.id)).allowed).toMatchObject({
      capturable: 9_900,
      captureClosed: null,
    });
    await advanceBothClocks({ days: 15 });

    const view = await getChargeView(await testContext(), charge.id);
    expect(view.allowed.capturable).toBe(0);
    const awaiting = await listWorkList(await testContext({ locale: "en" }), "awaiting-capture");
    expect(awaiting.rows.find((r) => r.id === charge.id)!.cells.deadline).toMatch(/ \(passed: released\)$/);
    expect(view.allowed.captureClosed).toMatch(
      /^Too late to capture: the deadline was \d{4}-\d{2}-\d{2} \(14 days/,
    );
    const error = await refusal(
      captureCharge(await testContext({ actor: staff }), {
        chargeId: charge.id,
        amount: 9_900,
        reason: "Late",
      }),
    );
    expect(error.code).toBe("BAD_INPUT");
    expect(error.details.fieldErrors?.amount).toMatch(/Too late to capture/);
    expect(await db.vippsOperation.count({ where: { chargeId: charge.id } })).toBe(0);
  });

  it("refund more than 365 days after capture is refused at the field, nothing sent", async () => {
    const { agreement } = await createActiveAgreement({
      product: {
        initialChargeDescription: "Oppstart",
        initialChargeTransactionType: "DIRECT_CAPTURE",
        prices: [{ market: "NO", currency: "NOK", amount: 19_900, initialChargeAmount: 19_900 }],
      },
    });
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    expect(charge.status).toBe("CHARGED");
    expect((await getChargeView(await testContext(), charge.id)).allowed).toMatchObject({
      refundable: 19_900,
      refundClosed: null,
    });
    await advanceBothClocks({ days: 366 });

    const view = await getChargeView(await testContext(), charge.id);
    expect(view.allowed.refundable).toBe(0);
    expect(view.allowed.refundClosed).toMatch(/refunds up to 365 days after capture/);
    const error = await refusal(
      refundCharge(await testContext({ actor: staff }), {
        chargeId: charge.id,
        amount: 5_000,
        description: "Refusjon",
        reason: "Late",
      }),
    );
    expect(error.code).toBe("BAD_INPUT");
    expect(error.details.fieldErrors?.amount).toMatch(/Too late to refund/);
    expect(await db.vippsOperation.count({ where: { chargeId: charge.id } })).toBe(0);
  });
});
