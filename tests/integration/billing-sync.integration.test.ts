// Reconciliation, dunning, reserved charges, scheduled stops and failed charge creation, against
// the emulator (no webhooks registered in this file: what Abo learns, it learns by reading Vipps).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { scheduleStop } from "@/lib/server/agreements/schedule-stop";
import { handleFailedCharge } from "@/lib/server/billing/handle-failed-charge";
import { pollCharge } from "@/lib/server/billing/poll-charge";
import { reconcileAgreements } from "@/lib/server/billing/reconcile-agreements";
import { runBilling } from "@/lib/server/billing/run-billing";
import { stopScheduledAgreements } from "@/lib/server/billing/stop-scheduled-agreements";
import { sweepPolls } from "@/lib/server/billing/sweep-polls";
import { warnCaptureDeadlines } from "@/lib/server/billing/warn-capture-deadlines";
import { captureOnFulfilment } from "@/lib/server/charges/capture-on-fulfilment";
import { processWebhook } from "@/lib/server/webhooks/process-webhook";
import { createActiveAgreement, createMerchant, emulator } from "../factories";
import { advanceBothClocks, seedActiveAgreements, setBothClocks, withInitial } from "./billing-fixtures";
import { testContext } from "../shared/server-context";

const staff: TActor = { type: "STAFF", id: "staff-1", email: "agent@abo.test", role: "ADMIN" };
beforeAll(async () => {
  await setBothClocks("2030-10-01T10:00:00Z");
  const { merchant } = await createMerchant();
  await db.merchant.update({
    where: { id: merchant.id },
    data: { supportEmail: "hjelp@butikken.example", chargeLeadDays: 1, dunningStopAfterFailures: 2 },
  });
});

describe("reconciliation", () => {
  it("repairs a refund and a stop made directly at Vipps, as SYSTEM, once", async () => {
    const refunded = await createActiveAgreement(withInitial("DIRECT_CAPTURE"));
    const stopped = await createActiveAgreement();
    const initial = await db.charge.findFirstOrThrow({
      where: { agreementId: refunded.agreement.id, type: "INITIAL" },
    });
    await emulator.portalRefund(initial.orderId, 5_000);
    await emulator.userStop(stopped.agreement.vippsAgreementId!);

    const result = await reconcileAgreements(await testContext());
    expect(result).toMatchObject({ agreementsRepaired: 1, chargesRepaired: 1, rateLimited: false });
    expect(await db.charge.findUniqueOrThrow({ where: { id: initial.id } })).toMatchObject({
      status: "PARTIALLY_REFUNDED",
      refundedAmount: 5_000,
    });
    expect(await db.agreement.findUniqueOrThrow({ where: { id: stopped.agreement.id } })).toMatchObject({
      status: "STOPPED",
      stopActor: "USER",
      stopCause: "USER_IN_APP",
    });
    const repairs = await db.auditEvent.findMany({
      where: { action: { in: ["charge.repaired", "agreement.repaired"] } },
    });
    expect(repairs.map((r) => [r.action, r.actorType, r.chargeId ?? r.agreementId])).toEqual(
      expect.arrayContaining([
        ["charge.repaired", "SYSTEM", initial.id],
        ["agreement.repaired", "SYSTEM", stopped.agreement.id],
      ]),
    );
    expect(repairs).toHaveLength(2);
    // Nothing left to repair: a second pass changes and audits nothing.
    expect(await reconcileAgreements(await testContext())).toMatchObject({
      agreementsRepaired: 0,
      chargesRepaired: 0,
    });
    expect(
      await db.auditEvent.count({ where: { action: { in: ["charge.repaired", "agreement.repaired"] } } }),
    ).toBe(2);
  });
});

describe("dunning", () => {
  it("emails how to fix a failed payment once per charge, and stops after the merchant's limit", async () => {
    const { agreement } = await createActiveAgreement({
      phone: "4790000001",
      email: "kort@example.no",
      product: { intervalUnit: "WEEK", retryDays: 0 },
    });
    await db.customer.update({ where: { id: agreement.customerId! }, data: { locale: "en" } });
    await runBilling(await testContext());
    const first = await db.charge.findFirstOrThrow({ where: { agreementId: agreement.id, periodIndex: 0 } });
    await advanceBothClocks({ days: 1 });
    await pollCharge(await testContext(), first.id);
    expect(await db.charge.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "FAILED",
      failureReason: "user_action_required",
    });
    expect(await handleFailedCharge(await testContext(), first.id)).toEqual({
      stopped: false,
      emailed: true,
    });
    expect(await handleFailedCharge(await testContext(), first.id)).toEqual({
      stopped: false,
      emailed: false,
    });
    const mails = await db.email.findMany({ where: { kind: "dunning", to: "kort@example.no" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Your payment for Testavis did not go through");
    expect(mails[0]!.text).toContain("Open the Vipps app.");
    expect(mails[0]!.text).toContain("If the next payment fails too, we will stop the subscription.");

    // The next week's charge fails too: two in a row, the policy's limit.
    await advanceBothClocks({ days: 6 });
    await runBilling(await testContext());
    const second = await db.charge.findFirstOrThrow({ where: { agreementId: agreement.id, periodIndex: 1 } });
    await advanceBothClocks({ days: 1 });
    await pollCharge(await testContext(), second.id);
    expect(await handleFailedCharge(await testContext(), second.id)).toEqual({
      stopped: true,
      emailed: true,
    });
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: "STOPPED",
      stopCause: "FAILED_PAYMENT",
      consecutiveFailures: 2,
    });
    expect((await emulator.agreement(agreement.vippsAgreementId!)).status).toBe("STOPPED");
    const stopMail = await db.email.findFirstOrThrow({
      where: { kind: "dunning", to: "kort@example.no" },
      orderBy: { createdAt: "desc" },
    });
    expect(stopMail.subject).toBe("Your Testavis subscription has been stopped");
    const audit = await db.auditEvent.findMany({
      where: { agreementId: agreement.id, action: { in: ["charge.dunning", "agreement.stop"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => [a.action, a.actorType])).toEqual([
      ["charge.dunning", "SYSTEM"],
      ["agreement.stop", "SYSTEM"],
      ["charge.dunning", "SYSTEM"],
    ]);
  });
});

describe("reserved charges", () => {
  it("warns support before the capture deadline, once, and captures the rest on fulfilment", async () => {
    const { agreement } = await createActiveAgreement(withInitial("RESERVE_CAPTURE", "DK"));
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    expect(charge.status).toBe("RESERVED");
    expect(await warnCaptureDeadlines(await testContext())).toEqual({ warned: 0 });
    // MobilePay reservations last 14 days; the merchant wants 3 days' notice.
    await advanceBothClocks({ days: 12 });
    expect(await warnCaptureDeadlines(await testContext())).toEqual({ warned: 1 });
    expect(await warnCaptureDeadlines(await testContext())).toEqual({ warned: 0 });
    expect((await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).captureWarnedAt).not.toBeNull();
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { chargeId: charge.id, action: "charge.capture-deadline-warning" },
      }),
    ).toMatchObject({ actorType: "SYSTEM" });
    const mail = await db.email.findFirstOrThrow({ where: { kind: "capture-warning" } });
    expect(mail).toMatchObject({
      to: "hjelp@butikken.example",
      subject: "1 reservation must be captured soon",
    });
    expect(mail.text).toContain(charge.orderId);

    expect(await captureOnFulfilment(await testContext({ actor: staff }), { chargeId: charge.id })).toEqual({
      captured: 9_900,
    });
    expect(await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({
      status: "CHARGED",
      capturedAmount: 9_900,
    });
    expect(await captureOnFulfilment(await testContext({ actor: staff }), { chargeId: charge.id })).toEqual({
      captured: 0,
    });
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { chargeId: charge.id, action: "charge.capture" } }),
    ).toMatchObject({ actorEmail: "agent@abo.test" });
  });
});

describe("scheduled stops", () => {
  it("stop at the end of the paid period, keeping who asked for it", async () => {
    const { agreement } = await createActiveAgreement();
    await runBilling(await testContext());
    await scheduleStop(await testContext({ actor: staff }), {
      agreementId: agreement.id,
      reason: "Moving abroad",
    });
    expect(await stopScheduledAgreements(await testContext())).toEqual({ due: 0, stopped: 0 });
    await advanceBothClocks({ days: 31 });
    await runBilling(await testContext());
    expect(await db.charge.count({ where: { agreementId: agreement.id, type: "RECURRING" } })).toBe(1);
    expect(await stopScheduledAgreements(await testContext())).toEqual({ due: 1, stopped: 1 });
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: "STOPPED",
      stopCause: "STAFF",
      stopActor: "MERCHANT",
      stopReason: "Moving abroad",
    });
    expect((await emulator.agreement(agreement.vippsAgreementId!)).status).toBe("STOPPED");
    expect(
      await db.auditEvent.findFirstOrThrow({
        where: { agreementId: agreement.id, action: "agreement.stop" },
      }),
    ).toMatchObject({ actorType: "SYSTEM" });
  });
});

describe("charges whose creation fails after the batch was accepted", () => {
  it("end REJECTED, from the webhook or from the first poll after the due date", async () => {
    const { agreements } = await seedActiveAgreements(12);
    // Two agreements are stopped in the app before Abo hears of it: their batch items pass
    // validation, but Vipps cannot create them.
    const [viaPoll, viaWebhook] = agreements;
    await emulator.userStop(viaPoll!.vippsAgreementId);
    await emulator.userStop(viaWebhook!.vippsAgreementId);
    const { sent } = await runBilling(await testContext());
    expect(sent.sent).toBeGreaterThanOrEqual(12);
    const charge = (agreementId: string) =>
      db.charge.findFirstOrThrow({ where: { agreementId, type: "RECURRING" } });

    const event = await db.webhookEvent.create({
      data: {
        identity: `test-${viaWebhook!.id}`,
        eventType: "recurring.charge-creation-failed.v1",
        agreementId: viaWebhook!.vippsAgreementId,
        chargeId: (await charge(viaWebhook!.id)).orderId,
        payload: {
          msn: "123456",
          eventType: "recurring.charge-creation-failed.v1",
          agreementId: viaWebhook!.vippsAgreementId,
          chargeId: (await charge(viaWebhook!.id)).orderId,
          failureCode: "charge-creation-failed",
          failureReason: "Agreement is not active",
        },
      },
    });
    await processWebhook(await testContext(), event.id);
    expect(await charge(viaWebhook!.id)).toMatchObject({
      sendState: "REJECTED",
      status: "FAILED",
      failureDescription: "Agreement is not active",
    });

    await advanceBothClocks({ days: 2 });
    await sweepPolls(await testContext());
    await pollCharge(await testContext(), (await charge(viaPoll!.id)).id);
    expect(await charge(viaPoll!.id)).toMatchObject({ sendState: "REJECTED", status: "FAILED" });
    expect(
      await db.auditEvent.count({
        where: { action: "charge.create.failed", agreementId: { in: [viaPoll!.id, viaWebhook!.id] } },
      }),
    ).toBe(2);
    // The others were created and are polled as usual.
    expect(await charge(agreements[2]!.id)).toMatchObject({ sendState: "SENT" });
  });
});
