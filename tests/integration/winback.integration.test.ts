// The ways back a customer has (issue #14 items 5 and 6) against real PostgreSQL and the emulator:
// a stop at period end undone, a running pause given another date, and the stop flow's reasons and
// offer, each followed through billing and the dashboard as they would run.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { upcomingCharges } from "@/lib/domain/billing-calendar";
import { emptyProductForm } from "@/lib/domain/product-form";
import { AppError } from "@/lib/errors";
import { getDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import { getProductForEdit } from "@/lib/server/admin/get-product-for-edit";
import { saveProduct } from "@/lib/server/admin/save-product";
import { calendarAgreementOf } from "@/lib/server/agreements/billing-plan";
import { planDueCharges } from "@/lib/server/billing/plan-due-charges";
import { runBilling } from "@/lib/server/billing/run-billing";
import { stopScheduledAgreements } from "@/lib/server/billing/stop-scheduled-agreements";
import { acceptStopOffer } from "@/lib/server/customer-portal/accept-stop-offer";
import { getStopOffer } from "@/lib/server/customer-portal/get-stop-offer";
import { getSubscription } from "@/lib/server/customer-portal/get-subscription";
import { pauseSubscription } from "@/lib/server/customer-portal/pause-subscription";
import { previewPause } from "@/lib/server/customer-portal/preview-pause";
import { stopSubscription } from "@/lib/server/customer-portal/stop-subscription";
import { undoStop } from "@/lib/server/customer-portal/undo-stop";
import { now } from "@/lib/clock";
import { createActiveAgreement, createProduct, emulator } from "../factories";
import { testContext } from "../shared/server-context";
import { advanceBothClocks, setBothClocks } from "./billing-fixtures";
import { isoDay } from "@/lib/domain/periods";
import { customerContext } from "../shared/customer-context";

const who = (agreement: { customerId: string | null }) => customerContext(agreement.customerId!);

const recurring = (agreementId: string) =>
  db.charge.findMany({ where: { agreementId, type: "RECURRING" }, orderBy: { periodIndex: "asc" } });
const audits = (agreementId: string, action: string) =>
  db.auditEvent.count({ where: { agreementId, action } });

/** The scheduler's own rule (upcomingCharges) for the agreement as stored now: its next charge. */
async function scheduledNext(agreementId: string) {
  const a = await db.agreement.findUniqueOrThrow({ where: { id: agreementId } });
  const [first] = upcomingCharges(calendarAgreementOf(a), await now(), null, { count: 1 });
  return first ? { date: isoDay(first.due), amount: first.amount } : null;
}

type TDash = Awaited<ReturnType<typeof getDashboard>>;
/** The reasons panel's rows that changed between two reads (the file's tests share one database). */
const grown = (before: TDash, after: TDash) =>
  after.stopReasons
    .map((row, i) => ({
      reason: row.reason,
      stopped: row.stopped - before.stopReasons[i]!.stopped,
      kept: row.kept - before.stopReasons[i]!.kept,
    }))
    .filter((row) => row.stopped !== 0 || row.kept !== 0);

describe("undo a stop at period end", () => {
  beforeEach(async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
  });

  it("leaves the agreement ACTIVE at Vipps, and billing makes the next charge as normal", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling();
    const stop = await stopSubscription(await who(agreement), {
      agreementId: agreement.id,
      when: "PERIOD_END",
      reasonCode: "TOO_EXPENSIVE",
    });
    expect(stop).toEqual({ stoppedNow: false, stopAt: "2030-04-10T00:00:00.000Z" });
    // The scheduler reaches the stop and plans nothing more.
    await advanceBothClocks({ days: 28 });
    await runBilling();
    expect((await recurring(agreement.id)).map((c) => c.periodIndex)).toEqual([0]);
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).nextChargeDate).toBeNull();

    const detail = await getSubscription(await customerContext(agreement.customerId!), {
      agreementId: agreement.id,
    });
    expect(detail).toMatchObject({ canUndoStop: true, stopAt: "2030-04-10T00:00:00.000Z" });
    expect(await undoStop(await who(agreement), { agreementId: agreement.id })).toEqual({ undone: true });

    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: "ACTIVE",
      stopAt: null,
      stopCause: null,
      stopReason: null,
    });
    expect(await audits(agreement.id, "agreement.undo-stop")).toBe(1);
    expect((await emulator.agreement(agreement.vippsAgreementId!)).status).toBe("ACTIVE");
    const next = await scheduledNext(agreement.id);
    expect(next).toEqual({ date: "2030-04-10", amount: 19_900 });

    await runBilling();
    const charges = await recurring(agreement.id);
    expect(charges.map((c) => [c.periodIndex, isoDay(c.due), c.sendState, c.status])).toEqual([
      [0, "2030-03-11", "SENT", expect.any(String)],
      [1, next!.date, "SENT", "DUE"],
    ]);
    const remote = await emulator.agreement(agreement.vippsAgreementId!);
    expect(remote.charges!.find((c) => c.id === charges[1]!.orderId)).toMatchObject({
      status: "DUE",
      amount: 19_900,
    });

    // The period end passes: nothing stops it.
    await advanceBothClocks({ days: 4 });
    expect(await stopScheduledAgreements()).toMatchObject({ due: 0 });
    expect((await emulator.agreement(agreement.vippsAgreementId!)).status).toBe("ACTIVE");
    // The stop's answer is no longer a standing decision.
    expect(await db.stopFeedback.findFirstOrThrow({ where: { agreementId: agreement.id } })).toMatchObject({
      reason: "TOO_EXPENSIVE",
      outcome: "STOPPED",
      replacedAt: expect.any(Date),
    });
    await expect(undoStop(await who(agreement), { agreementId: agreement.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a charge the stop voided before it reached Vipps is planned again under its own period", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling();
    await advanceBothClocks({ days: 29 });
    await planDueCharges();
    const [, planned] = await recurring(agreement.id);
    expect(planned).toMatchObject({ periodIndex: 1, sendState: "PLANNED" });
    await stopSubscription(await who(agreement), { agreementId: agreement.id, when: "PERIOD_END" });
    expect((await db.charge.findUniqueOrThrow({ where: { id: planned!.id } })).status).toBe("CANCELLED");

    await undoStop(await who(agreement), { agreementId: agreement.id });
    await runBilling();
    const [, again] = await recurring(agreement.id);
    expect(again).toMatchObject({ periodIndex: 1, orderId: planned!.orderId, sendState: "SENT" });
    expect(
      (await emulator.agreement(agreement.vippsAgreementId!)).charges!.find((c) => c.id === again!.orderId),
    ).toMatchObject({ status: "DUE" });
  });

  it("once the next period's charge was cancelled at Vipps, the undo is refused and nothing changes", async () => {
    const { agreement } = await createActiveAgreement();
    await advanceBothClocks({ days: 29 });
    await runBilling();
    await stopSubscription(await who(agreement), { agreementId: agreement.id, when: "PERIOD_END" });
    const detail = await getSubscription(await customerContext(agreement.customerId!), {
      agreementId: agreement.id,
    });
    expect(detail!.canUndoStop).toBe(false);
    const before = await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
    await expect(undoStop(await who(agreement), { agreementId: agreement.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      stopAt: before.stopAt,
      stopCause: "CUSTOMER",
    });
    expect(await audits(agreement.id, "agreement.undo-stop")).toBe(0);
  });

  it("someone else's agreement: not found, and nothing moves", async () => {
    const { agreement } = await createActiveAgreement();
    const { agreement: other } = await createActiveAgreement();
    await stopSubscription(await who(agreement), { agreementId: agreement.id, when: "PERIOD_END" });
    await expect(undoStop(await who(other), { agreementId: agreement.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).stopAt).not.toBeNull();
  });
});

describe("change the date a pause ends", () => {
  beforeEach(async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
  });

  it("later: the charges now inside the pause are cancelled at Vipps, the next one moves out", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling();
    await pauseSubscription(await who(agreement), { agreementId: agreement.id, until: "2030-04-20" });
    await advanceBothClocks({ days: 58 });
    await runBilling();
    const [, may] = await recurring(agreement.id);
    expect(may).toMatchObject({ periodIndex: 2, due: new Date("2030-05-10"), sendState: "SENT" });

    const preview = await previewPause(await who(agreement), {
      agreementId: agreement.id,
      until: "2030-05-20",
    });
    expect(
      await pauseSubscription(await who(agreement), { agreementId: agreement.id, until: "2030-05-20" }),
    ).toEqual({ pausedUntil: "2030-05-20" });
    expect(await audits(agreement.id, "agreement.pause-change")).toBe(1);
    expect((await db.charge.findUniqueOrThrow({ where: { id: may!.id } })).status).toBe("CANCELLED");
    expect(
      (await emulator.agreement(agreement.vippsAgreementId!)).charges!.find((c) => c.id === may!.orderId),
    ).toMatchObject({ status: "CANCELLED" });
    expect(preview.nextCharge).toEqual({ date: "2030-06-10", amount: 19_900 });
    expect(await scheduledNext(agreement.id)).toEqual(preview.nextCharge);

    await advanceBothClocks({ days: 32 });
    await runBilling();
    const live = (await recurring(agreement.id)).filter((c) => c.status !== "CANCELLED");
    // (March's charge, due the day after the first pause began, went with that pause.)
    expect(live.map((c) => [c.periodIndex, isoDay(c.due)])).toEqual([[3, preview.nextCharge!.date]]);
  });

  it("earlier: a period the scheduler had skipped as paused is charged after all", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling();
    await pauseSubscription(await who(agreement), { agreementId: agreement.id, until: "2030-06-01" });
    await advanceBothClocks({ days: 29 });
    await runBilling();
    // April's period fell in the pause and was skipped: the scheduler is past it.
    expect((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).nextPeriodIndex).toBe(2);

    const preview = await previewPause(await who(agreement), {
      agreementId: agreement.id,
      until: "2030-04-09",
    });
    expect(preview.nextCharge).toEqual({ date: "2030-04-10", amount: 19_900 });
    await pauseSubscription(await who(agreement), { agreementId: agreement.id, until: "2030-04-09" });
    expect(await scheduledNext(agreement.id)).toEqual(preview.nextCharge);
    await runBilling();
    const charges = await recurring(agreement.id);
    expect(charges.map((c) => [c.periodIndex, isoDay(c.due), c.sendState])).toEqual([
      [0, "2030-03-11", "SENT"],
      [1, "2030-04-10", "SENT"],
    ]);
  });

  it("a date in the past or beyond a year is refused at the field, and the pause stays as it was", async () => {
    const { agreement } = await createActiveAgreement();
    await pauseSubscription(await who(agreement), { agreementId: agreement.id, until: "2030-04-20" });
    for (const until of ["2030-03-10", "2031-06-01", "2030-02-30"]) {
      await expect(
        pauseSubscription(await who(agreement), { agreementId: agreement.id, until }),
      ).rejects.toMatchObject({ code: "BAD_INPUT", details: { fieldErrors: { until: expect.any(String) } } });
    }
    expect(isoDay((await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).pausedUntil)).toBe(
      "2030-04-20",
    );
    expect(await audits(agreement.id, "agreement.pause-change")).toBe(0);
  });
});

describe("the stop flow: reasons and the product's offer", () => {
  beforeEach(async () => {
    await setBothClocks("2030-03-10T10:00:00Z");
  });

  it("a stop with a reason is recorded with it, and the dashboard's reasons figure counts it", async () => {
    const { agreement } = await createActiveAgreement();
    const { agreement: silent } = await createActiveAgreement();
    const before = await getDashboard(await testContext(), { range: "30d" });
    await stopSubscription(await who(agreement), {
      agreementId: agreement.id,
      when: "NOW",
      reasonCode: "NOT_USING",
    });
    await stopSubscription(await who(silent), { agreementId: silent.id, when: "NOW" });
    expect(await db.stopFeedback.findMany({ where: { agreementId: agreement.id } })).toMatchObject([
      { reason: "NOT_USING", offerShown: "NONE", outcome: "STOPPED", replacedAt: null },
    ]);
    const dashboard = await getDashboard(await testContext(), { range: "30d" });
    expect(grown(before, dashboard)).toEqual([
      { reason: "NOT_USING", stopped: 1, kept: 0 },
      { reason: null, stopped: 1, kept: 0 },
    ]);
  });

  it("pause offer: made where a pause fits, once taken it pauses and records why; declining stops as before", async () => {
    const { agreement } = await createActiveAgreement({
      product: { stopOffer: "PAUSE", stopOfferPauseDays: 30 },
    });
    await runBilling();
    const offer = await getStopOffer(await who(agreement), { agreementId: agreement.id });
    const preview = await previewPause(await who(agreement), {
      agreementId: agreement.id,
      until: "2030-04-09",
    });
    expect(offer).toEqual({ kind: "PAUSE", until: "2030-04-09", nextCharge: preview.nextCharge });

    const taken = await acceptStopOffer(await who(agreement), {
      agreementId: agreement.id,
      reasonCode: "TEMPORARY",
      offer: "PAUSE",
    });
    expect(taken).toMatchObject({ kind: "PAUSE", pausedUntil: "2030-04-09" });
    expect(await audits(agreement.id, "agreement.pause")).toBe(1);
    expect(await db.stopFeedback.findMany({ where: { agreementId: agreement.id } })).toMatchObject([
      { reason: "TEMPORARY", offerShown: "PAUSE", outcome: "PAUSED" },
    ]);
    expect((await emulator.agreement(agreement.vippsAgreementId!)).status).toBe("ACTIVE");
    // Paused now: no pause to offer, and taking it again is refused.
    expect(await getStopOffer(await who(agreement), { agreementId: agreement.id })).toBeNull();
    await expect(
      acceptStopOffer(await who(agreement), { agreementId: agreement.id, offer: "PAUSE" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // Declined: the stop is exactly the stop without an offer, and says the offer was shown.
    const { agreement: declined } = await createActiveAgreement({
      product: { stopOffer: "PAUSE", stopOfferPauseDays: 30 },
    });
    const { agreement: plain } = await createActiveAgreement();
    await runBilling();
    const results = [];
    for (const [a, offerShown] of [
      [declined, "PAUSE"],
      [plain, "NONE"],
    ] as const) {
      results.push(
        await stopSubscription(await who(a), {
          agreementId: a.id,
          when: "PERIOD_END",
          reasonCode: "TOO_EXPENSIVE",
          offerShown,
        }),
      );
    }
    expect(results[0]).toEqual(results[1]);
    const [d, p] = await Promise.all(
      [declined, plain].map((a) => db.agreement.findUniqueOrThrow({ where: { id: a.id } })),
    );
    expect({ stopAt: d!.stopAt, stopCause: d!.stopCause, pausedUntil: d!.pausedUntil }).toEqual({
      stopAt: p!.stopAt,
      stopCause: p!.stopCause,
      pausedUntil: null,
    });
    expect(await db.stopFeedback.findFirstOrThrow({ where: { agreementId: declined.id } })).toMatchObject({
      offerShown: "PAUSE",
      outcome: "STOPPED",
    });
    // Set to end: no offer any more.
    expect(await getStopOffer(await who(declined), { agreementId: declined.id })).toBeNull();
  });

  it("cheaper plan offer: only a plan of the group that costs less; taking it changes the price at Vipps", async () => {
    const group = "winback";
    const cheap = await createProduct({ name: "Avis Liten", planGroup: group });
    await db.productPrice.updateMany({ where: { productId: cheap.id }, data: { amount: 9_900 } });
    const dear = await createProduct({ name: "Avis Stor", planGroup: group });
    await db.productPrice.updateMany({ where: { productId: dear.id }, data: { amount: 29_900 } });
    const { agreement, product } = await createActiveAgreement({
      product: { planGroup: group, stopOffer: "CHEAPER_PLAN", stopOfferProductId: cheap.id },
    });
    const before = await getDashboard(await testContext(), { range: "30d" });
    expect(await getStopOffer(await who(agreement), { agreementId: agreement.id })).toMatchObject({
      kind: "CHEAPER_PLAN",
      plan: { slug: cheap.slug, name: "Avis Liten", terms: { amount: 9_900 } },
    });
    // A dearer plan is never offered as the way to save.
    await db.product.update({ where: { id: product.id }, data: { stopOfferProductId: dear.id } });
    expect(await getStopOffer(await who(agreement), { agreementId: agreement.id })).toBeNull();
    await db.product.update({ where: { id: product.id }, data: { stopOfferProductId: cheap.id } });

    expect(
      await acceptStopOffer(await who(agreement), {
        agreementId: agreement.id,
        reasonCode: "TOO_EXPENSIVE",
        offer: "CHEAPER_PLAN",
      }),
    ).toMatchObject({ kind: "CHEAPER_PLAN", productName: "Avis Liten" });
    expect((await emulator.agreement(agreement.vippsAgreementId!)).pricing.amount).toBe(9_900);
    expect(await db.stopFeedback.findMany({ where: { agreementId: agreement.id } })).toMatchObject([
      { reason: "TOO_EXPENSIVE", offerShown: "CHEAPER_PLAN", outcome: "PLAN_CHANGED" },
    ]);
    const dashboard = await getDashboard(await testContext(), { range: "30d" });
    expect(grown(before, dashboard)).toEqual([{ reason: "TOO_EXPENSIVE", stopped: 0, kept: 1 }]);
  });
});

describe("the product editor's stop offer", () => {
  const actor = { type: "STAFF", id: "admin-1", email: "admin@abo.test", role: "ADMIN" } as const;
  const form = (overrides: Partial<ReturnType<typeof emptyProductForm>>) => {
    const base = emptyProductForm("NO");
    return {
      ...base,
      name: "Avis Stor",
      prices: { ...base.prices, NO: { ...base.prices.NO, amount: "299" } },
      ...overrides,
    };
  };

  it("bad input is named at the field and nothing is saved; a valid offer is saved and read back", async () => {
    const small = await createProduct({ name: "Avis Liten", planGroup: "aviser-stopp" });
    const elsewhere = await createProduct({ name: "Kaffe", planGroup: "kaffe-stopp" });
    const products = await db.product.count();
    const cases = [
      [{ stopOffer: "PAUSE", stopOfferPauseDays: "3" }, "stopOfferPauseDays"],
      [{ stopOffer: "CHEAPER_PLAN", stopOfferProductId: small.id }, "stopOffer"],
      [
        { stopOffer: "CHEAPER_PLAN", planGroup: "aviser-stopp", stopOfferProductId: "" },
        "stopOfferProductId",
      ],
      [
        { stopOffer: "CHEAPER_PLAN", planGroup: "aviser-stopp", stopOfferProductId: elsewhere.id },
        "stopOfferProductId",
      ],
    ] as const;
    for (const [overrides, field] of cases) {
      const error = await saveProduct(await testContext({ actor }), {
        form: form({ slug: `stor-${field.toLowerCase()}`, ...overrides }),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: "BAD_INPUT",
        details: { fieldErrors: { [field]: expect.any(String) } },
      });
    }
    expect(await db.product.count()).toBe(products);

    const saved = await saveProduct(await testContext({ actor }), {
      form: form({
        slug: "avis-stor-stopp",
        planGroup: "aviser-stopp",
        stopOffer: "CHEAPER_PLAN",
        stopOfferProductId: small.id,
      }),
    });
    expect((await getProductForEdit(await testContext({ actor }), saved.id)).form).toMatchObject({
      stopOffer: "CHEAPER_PLAN",
      stopOfferProductId: small.id,
    });
    expect(await db.auditEvent.count({ where: { action: "product.created", targetId: saved.id } })).toBe(1);
  });
});
