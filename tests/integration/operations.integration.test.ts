import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { randomKey } from "@/lib/crypto/random-ids";
import { AppError } from "@/lib/errors";
import type { TActor } from "@/lib/server/actor";
import { pauseAgreement } from "@/lib/server/agreements/pause-agreement";
import { stopAgreement } from "@/lib/server/agreements/stop-agreement";
import { updateAgreement } from "@/lib/server/agreements/update-agreement";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import { captureCharge } from "@/lib/server/charges/capture-charge";
import { createAdHocCharge } from "@/lib/server/charges/create-ad-hoc-charge";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { resumeOperations } from "@/lib/server/operations/resume-operations";
import { createActiveAgreement, emulator, emulatorDate } from "../factories";
import { testContext } from "../shared/server-context";

const staff: TActor = { type: "STAFF", id: "staff-1", email: "agent@abo.test", role: "ADMIN" };
const support: TActor = { type: "STAFF", id: "staff-2", email: "support@abo.test", role: "SUPPORT" };

const withInitial = (transactionType: "DIRECT_CAPTURE" | "RESERVE_CAPTURE") => ({
  product: {
    initialChargeDescription: "Første måned",
    initialChargeTransactionType: transactionType,
    prices: [
      { market: "NO" as const, currency: "NOK" as const, amount: 19_900, initialChargeAmount: 19_900 },
    ],
  },
});

describe("core operations against the emulator", () => {
  it("signs up: stores the agreement before drafting, and activates it from Vipps's answer", async () => {
    const { agreement } = await createActiveAgreement(withInitial("DIRECT_CAPTURE"));
    expect(agreement).toMatchObject({ status: "ACTIVE", nextPeriodIndex: 1 });
    expect(agreement.billingAnchor).not.toBeNull();
    const initial = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    expect(initial).toMatchObject({ status: "CHARGED", sendState: "SENT", capturedAmount: 19_900 });
  });

  it("refunds part and then the rest, in Abo and at Vipps, with an audit trail", async () => {
    const { agreement } = await createActiveAgreement(withInitial("DIRECT_CAPTURE"));
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    await refundCharge(await testContext({ actor: staff }), {
      chargeId: charge.id,
      amount: 5_000,
      description: "Delvis",
      reason: "Late delivery",
    });
    expect((await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).status).toBe(
      "PARTIALLY_REFUNDED",
    );
    await refundCharge(await testContext({ actor: staff }), {
      chargeId: charge.id,
      amount: 14_900,
      description: "Resten",
      reason: "Cancelled",
    });
    expect(await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({
      status: "REFUNDED",
      refundedAmount: 19_900,
    });
    const remote = (await emulator.charges({ agreementId: agreement.vippsAgreementId! })).find(
      (c) => c.id === charge.orderId,
    )!;
    expect(remote.status).toBe("REFUNDED");
    const audit = await db.auditEvent.findMany({
      where: { chargeId: charge.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["charge.refund", "charge.refund"]);
    expect(audit[0]).toMatchObject({
      actorEmail: "agent@abo.test",
      reason: "Late delivery",
      orderId: charge.orderId,
    });
    expect(audit[0]!.idempotencyKey).toBeTruthy();
  });

  it("refuses bad amounts before calling Vipps, and nothing is written", async () => {
    const { agreement } = await createActiveAgreement(withInitial("DIRECT_CAPTURE"));
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    const calls = await db.vippsCall.count();
    for (const amount of [0, -100, 19_901, 1.5, Number.NaN, 50]) {
      await expect(
        refundCharge(await testContext({ actor: staff }), { chargeId: charge.id, amount, description: "x" }),
      ).rejects.toMatchObject({ code: "BAD_INPUT" });
    }
    await expect(
      refundCharge(await testContext({ actor: staff }), {
        chargeId: charge.id,
        amount: 100,
        description: "x".repeat(101),
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await db.vippsCall.count()).toBe(calls);
    expect(await db.vippsOperation.count({ where: { chargeId: charge.id } })).toBe(0);
  });

  it("captures part of a reservation and cancels the rest: CHARGED", async () => {
    const { agreement } = await createActiveAgreement(withInitial("RESERVE_CAPTURE"));
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    expect(charge.status).toBe("RESERVED");
    expect(charge.captureDeadline).not.toBeNull();
    await captureCharge(await testContext({ actor: staff }), { chargeId: charge.id, amount: 9_900 });
    expect((await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).status).toBe(
      "PARTIALLY_CAPTURED",
    );
    await cancelCharge(await testContext({ actor: staff }), { chargeId: charge.id });
    expect(await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({
      status: "CHARGED",
      capturedAmount: 9_900,
      cancelledAmount: 10_000,
    });
  });

  it("makes an ad hoc charge, changes the price, pauses (cancelling the due charge) and stops", async () => {
    const { agreement } = await createActiveAgreement();
    const charge = await createAdHocCharge(await testContext({ actor: staff }), {
      agreementId: agreement.id,
      type: "RECURRING",
      amount: 19_900,
      description: "Ekstra",
      due: await emulatorDate(3),
      retryDays: 2,
    });
    expect(charge.sendState).toBe("SENT");

    await updateAgreement(await testContext({ actor: staff }), {
      agreementId: agreement.id,
      changes: { amount: 24_900 },
      reason: "New price list",
    });
    expect((await emulator.agreement(agreement.vippsAgreementId!)).pricing.amount).toBe(24_900);

    await pauseAgreement(await testContext({ actor: staff }), {
      agreementId: agreement.id,
      until: new Date(Date.now() + 10 * 86_400_000),
    });
    expect((await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).status).toBe("CANCELLED");

    await expect(
      stopAgreement(await testContext({ actor: staff }), { agreementId: agreement.id }),
    ).resolves.toBeTruthy();
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: "STOPPED",
      stopActor: "MERCHANT",
      stopCause: "STAFF",
    });
    expect((await emulator.agreement(agreement.vippsAgreementId!)).status).toBe("STOPPED");
    await expect(
      updateAgreement(await testContext({ actor: staff }), {
        agreementId: agreement.id,
        changes: { amount: 100 },
      }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it("a support agent cannot refund above the admin threshold", async () => {
    const { agreement } = await createActiveAgreement(withInitial("DIRECT_CAPTURE"));
    await db.merchant.updateMany({ data: { refundAdminThreshold: 10_000 } });
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    await expect(
      refundCharge(await testContext({ actor: support }), {
        chargeId: charge.id,
        amount: 15_000,
        description: "x",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await refundCharge(await testContext({ actor: support }), {
      chargeId: charge.id,
      amount: 5_000,
      description: "ok",
    });
    await db.merchant.updateMany({ data: { refundAdminThreshold: null } });
  });

  it("finishes an operation a crash left pending, exactly once", async () => {
    const { agreement } = await createActiveAgreement(withInitial("DIRECT_CAPTURE"));
    const charge = await db.charge.findFirstOrThrow({
      where: { agreementId: agreement.id, type: "INITIAL" },
    });
    // As if the process died right after storing the refund, before (or after) calling Vipps.
    const key = randomKey("refund-charg");
    await db.vippsOperation.create({
      data: {
        kind: "REFUND_CHARGE",
        idempotencyKey: key,
        salesUnitId: agreement.salesUnitId,
        agreementId: agreement.id,
        chargeId: charge.id,
        orderId: charge.orderId,
        amount: 3_000,
        request: { amount: 3_000, description: "Etter krasj" },
        actorType: "STAFF",
        updatedAt: new Date(Date.now() - 120_000),
      },
    });
    await db.$executeRaw`UPDATE "VippsOperation" SET "updatedAt" = now() - interval '2 minutes' WHERE "idempotencyKey" = ${key}`;
    expect((await resumeOperations(await testContext())).resumed).toBeGreaterThanOrEqual(1);
    expect((await resumeOperations(await testContext())).resumed).toBe(0);
    expect(await db.vippsOperation.findUniqueOrThrow({ where: { idempotencyKey: key } })).toMatchObject({
      status: "SUCCEEDED",
    });
    const remote = (await emulator.charges({ agreementId: agreement.vippsAgreementId! })).find(
      (c) => c.id === charge.orderId,
    )!;
    expect(remote.summary?.refunded).toBe(3_000);
    expect(await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({
      refundedAmount: 3_000,
      status: "PARTIALLY_REFUNDED",
    });
  });
});
