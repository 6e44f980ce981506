// Issue 13, finding 4: a refund (capture, cancel) that Vipps has not confirmed must not be sent a
// second time beside it. The attack: Vipps answers 429, staff are told to try again, and the
// stored refund that operations.resume sends later is joined by a second one.
import { afterEach, describe, expect, it } from "vitest";
import { handle as resumeJob } from "@/jobs/handlers/operations.resume";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { getChargeView } from "@/lib/server/support/get-charge-view";
import { createActiveAgreement, emulator } from "../factories";
import { testContext } from "../shared/server-context";

const support: TActor = { type: "STAFF", id: "staff-s", email: "support@abo.test", role: "SUPPORT" };
const admin: TActor = { type: "STAFF", id: "staff-a", email: "admin@abo.test", role: "ADMIN" };

async function paidCharge(amount = 19_900) {
  const { agreement } = await createActiveAgreement({
    product: {
      initialChargeDescription: "Første måned",
      initialChargeTransactionType: "DIRECT_CAPTURE",
      prices: [{ market: "NO" as const, currency: "NOK" as const, amount, initialChargeAmount: amount }],
    },
  });
  const charge = await db.charge.findFirstOrThrow({ where: { agreementId: agreement.id, type: "INITIAL" } });
  expect(charge).toMatchObject({ status: "CHARGED", capturedAmount: amount });
  return { agreement, charge };
}

/** Refund requests for this charge that reached the emulator, and those it applied. */
async function refundCalls(orderId: string) {
  const requests = await emulator.requests({ pathContains: `/charges/${orderId}/refund`, method: "POST" });
  return { all: requests.length, applied: requests.filter((r) => r.status >= 200 && r.status < 300).length };
}

const refund = async (chargeId: string, amount: number, actor = support) =>
  refundCharge(await testContext({ actor }), {
    chargeId,
    amount,
    description: "Refusjon",
    reason: "Complaint",
  });

afterEach(() => emulator.clearFaults());

describe("one unsettled money operation per charge", () => {
  it("a rate-limited refund stays in progress, a second is refused, and resume sends the first once", async () => {
    const { agreement, charge } = await paidCharge();
    await emulator.setFaults({ rate429: 1, retryAfterSeconds: 60, pathPattern: "/refund$" });

    await expect(refund(charge.id, 5_000)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^In progress.*Do not send it again/),
    });
    const stored = await db.vippsOperation.findMany({ where: { chargeId: charge.id } });
    expect(stored).toMatchObject([{ kind: "REFUND_CHARGE", status: "PENDING", amount: 5_000 }]);
    expect((await getChargeView(await testContext(), charge.id)).allowed.inProgress).toMatch(
      /refund of .*5.*in progress/,
    );
    const firstCalls = await refundCalls(charge.orderId);
    expect(firstCalls.applied).toBe(0);

    // Staff try again (Vipps would now accept it): refused before anything is stored or sent.
    await emulator.clearFaults();
    await expect(refund(charge.id, 5_000)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/in progress/),
    });
    expect(await db.vippsOperation.count({ where: { chargeId: charge.id } })).toBe(1);
    expect(await refundCalls(charge.orderId)).toEqual(firstCalls);

    // The job sends the stored refund (once it is stale); running it again changes nothing.
    await db.$executeRaw`UPDATE "VippsOperation" SET "updatedAt" = now() - interval '2 minutes' WHERE "chargeId" = ${charge.id}`;
    await resumeJob();
    await resumeJob();
    expect((await refundCalls(charge.orderId)).applied).toBe(1);
    const remote = (await emulator.charges({ agreementId: agreement.vippsAgreementId! })).find(
      (c) => c.id === charge.orderId,
    )!;
    expect(remote.summary?.refunded).toBe(5_000);
    expect(await db.vippsOperation.findMany({ where: { chargeId: charge.id } })).toMatchObject([
      { status: "SUCCEEDED", idempotencyKey: stored[0]!.idempotencyKey },
    ]);
    expect(await db.charge.findUniqueOrThrow({ where: { id: charge.id } })).toMatchObject({
      refundedAmount: 5_000,
      status: "PARTIALLY_REFUNDED",
    });
    const audit = await db.auditEvent.findMany({
      where: { chargeId: charge.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["charge.refund.pending", "charge.refund.resumed"]);
    expect((await getChargeView(await testContext(), charge.id)).allowed).toMatchObject({
      inProgress: null,
      refundable: 14_900,
    });
  });

  it("two refunds at once: one is sent, the other refused before it is stored", async () => {
    const { charge } = await paidCharge();
    // Either one alone is allowed; both together would refund more than was paid.
    const results = await Promise.allSettled([refund(charge.id, 15_000), refund(charge.id, 15_000)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected")!;
    // Refused as "in progress" while the first is unsettled, or for the amount once it is done.
    expect(refused).toMatchObject({ reason: { code: expect.stringMatching(/^(CONFLICT|BAD_INPUT)$/) } });
    expect(await db.vippsOperation.count({ where: { chargeId: charge.id } })).toBe(1);
    expect(await refundCalls(charge.orderId)).toEqual({ all: 1, applied: 1 });
  });

  it("the database itself refuses a second unsettled money operation on a charge", async () => {
    const { agreement, charge } = await paidCharge();
    const row = (key: string, kind: "REFUND_CHARGE" | "CANCEL_CHARGE") => ({
      kind,
      idempotencyKey: key,
      salesUnitId: agreement.salesUnitId,
      agreementId: agreement.id,
      chargeId: charge.id,
      orderId: charge.orderId,
      amount: 1_000,
      request: {},
      actorType: "STAFF" as const,
    });
    await db.vippsOperation.create({ data: row(`a-${charge.id}`, "REFUND_CHARGE") });
    await expect(
      db.vippsOperation.create({ data: row(`b-${charge.id}`, "CANCEL_CHARGE") }),
    ).rejects.toMatchObject({ code: "P2002" });
    await db.vippsOperation.updateMany({ where: { chargeId: charge.id }, data: { status: "FAILED" } });
    await expect(
      db.vippsOperation.create({ data: row(`c-${charge.id}`, "REFUND_CHARGE") }),
    ).resolves.toBeTruthy();
  });
});

// Issue 13, finding 5: the admin-only refund limit cannot be passed in slices.
describe("the admin refund limit counts per charge, in total", () => {
  afterEach(() => db.merchant.updateMany({ data: { refundAdminThreshold: null } }));

  it("refuses support 1 000 kr then 500 kr with a limit of 1 000 kr; an admin may go on", async () => {
    const { agreement, charge } = await paidCharge(200_000);
    await db.merchant.updateMany({ data: { refundAdminThreshold: 100_000 } });

    await expect(refund(charge.id, 150_000)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await refund(charge.id, 100_000);
    expect((await getChargeView(await testContext(), charge.id)).allowed.refundedSoFar).toBe(100_000);
    await expect(refund(charge.id, 50_000)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/on one charge, in total, need the admin role.*already refunded/),
      details: { fieldErrors: { amount: "Needs an admin" } },
    });
    expect(await db.vippsOperation.count({ where: { chargeId: charge.id } })).toBe(1);
    expect(await refundCalls(charge.orderId)).toEqual({ all: 1, applied: 1 });

    await refund(charge.id, 50_000, admin);
    const remote = (await emulator.charges({ agreementId: agreement.vippsAgreementId! })).find(
      (c) => c.id === charge.orderId,
    )!;
    expect(remote.summary?.refunded).toBe(150_000);
  });
});
