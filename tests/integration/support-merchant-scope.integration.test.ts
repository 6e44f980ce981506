// A staff member of one merchant can neither see nor change another merchant's rows (issue 16): the
// support console, money operations, receipts, the checklist and the resume job all read and write
// within ctx.merchantId, and a row of another merchant looks exactly like a missing one. The audit
// log is each merchant's too: every entry carries its merchant, and staff list only their own.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { cancelCharge } from "@/lib/server/charges/cancel-charge";
import { captureCharge } from "@/lib/server/charges/capture-charge";
import { createAdHocCharge } from "@/lib/server/charges/create-ad-hoc-charge";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { exportChecklist } from "@/lib/server/checklist/export-checklist";
import { listChecklistUnits } from "@/lib/server/checklist/list-checklist-units";
import { runChecklistVerification } from "@/lib/server/checklist/run-verification";
import type { TServerContext } from "@/lib/server/context/server-context";
import { resumeOperations } from "@/lib/server/operations/resume-operations";
import { loadReceipt } from "@/lib/server/receipts/load-receipt";
import { getAgreementView } from "@/lib/server/support/get-agreement-view";
import { getChargeState } from "@/lib/server/support/get-charge-state";
import { getChargeView } from "@/lib/server/support/get-charge-view";
import { getCustomerView } from "@/lib/server/support/get-customer-view";
import { getSupportHome } from "@/lib/server/support/get-support-home";
import { getTimeline } from "@/lib/server/support/get-timeline";
import { listAuditEvents } from "@/lib/server/support/list-audit-events";
import { listWorkList } from "@/lib/server/support/list-work-list";
import { refreshAgreementForStaff } from "@/lib/server/support/refresh-agreement-for-staff";
import { refreshChargeForStaff } from "@/lib/server/support/refresh-charge-for-staff";
import { searchSupport } from "@/lib/server/support/search-support";
import { refreshCharge } from "@/lib/server/charges/refresh-charge";
import { createActiveAgreement } from "../factories";
import { testContext } from "../shared/server-context";
import { waitFor } from "../shared/wait-for";

const admin: TActor = { type: "STAFF", id: "staff-a", email: "admin@a.test", role: "ADMIN" };
const NOT_FOUND = { code: "NOT_FOUND" };

let ctxA: TServerContext;
let mine: { agreementId: string; customerId: string; chargeId: string; orderId: string };
let other: {
  merchantId: string;
  unitId: string;
  customerId: string;
  agreementId: string;
  chargeId: string;
  orderId: string;
  failedId: string;
  operationId: string;
};

beforeAll(async () => {
  // Merchant A is the installation's (created first); its staff act in its context.
  const { agreement } = await createActiveAgreement({
    email: "scope.anna@a.test",
    product: {
      initialChargeDescription: "Første måned",
      initialChargeTransactionType: "DIRECT_CAPTURE",
      prices: [{ market: "NO", currency: "NOK", amount: 19_900, initialChargeAmount: 19_900 }],
    },
  });
  await db.customer.update({ where: { id: agreement.customerId! }, data: { name: "Anna Scopesen" } });
  const charge = await db.charge.findFirstOrThrow({ where: { agreementId: agreement.id, type: "INITIAL" } });
  mine = {
    agreementId: agreement.id,
    customerId: agreement.customerId!,
    chargeId: charge.id,
    orderId: charge.orderId,
  };
  ctxA = await testContext({ actor: admin });
  // The initial charge's capture can reach Abo after the agreement's activation.
  await waitFor(async () => (await refreshCharge(ctxA, charge.id, "refresh")).to === "CHARGED");

  // Merchant B, written straight to the database: a customer with a paid charge, a failed one and a
  // money operation left unsettled, as if its own Abo had made them.
  const b = await db.merchant.create({ data: { name: "Butikk B" } });
  const unit = await db.salesUnit.create({
    data: {
      merchantId: b.id,
      name: "B test",
      environment: "TEST",
      market: "NO",
      currency: "NOK",
      msn: "999001",
      baseUrl: "http://127.0.0.1:9",
      clientIdEnc: "x",
      clientSecretEnc: "x",
      subscriptionKeyEnc: "x",
      subscriptionKeyHint: "x",
    },
  });
  const customer = await db.customer.create({
    data: { merchantId: b.id, name: "Bente Scopesen", email: "scope.bente@b.test", phone: "4790009999" },
  });
  const bAgreement = await db.agreement.create({
    data: {
      merchantId: b.id,
      salesUnitId: unit.id,
      customerId: customer.id,
      status: "ACTIVE",
      vippsAgreementId: "agr_scopeB1",
      market: "NO",
      currency: "NOK",
      pricingType: "LEGACY",
      amount: 19_900,
      productName: "B-avisen",
      transactionType: "DIRECT_CAPTURE",
      retryDays: 2,
      externalId: "scope-b-1",
      returnToken: "scope-b-return-1",
      draftIdempotencyKey: "scope-b-draft-1",
    },
  });
  const paid = {
    agreementId: bAgreement.id,
    customerId: customer.id,
    type: "RECURRING" as const,
    sendState: "SENT" as const,
    transactionType: "DIRECT_CAPTURE" as const,
    amount: 19_900,
    currency: "NOK" as const,
    description: "B-avisen",
  };
  const bCharge = await db.charge.create({
    data: {
      ...paid,
      orderId: "scope-b-order-1",
      idempotencyKey: "scope-b-key-1",
      status: "CHARGED",
      capturedAmount: 19_900,
    },
  });
  const failed = await db.charge.create({
    data: { ...paid, orderId: "scope-b-order-2", idempotencyKey: "scope-b-key-2", status: "FAILED" },
  });
  const operation = await db.vippsOperation.create({
    data: {
      kind: "CANCEL_CHARGE",
      idempotencyKey: "scope-b-op-1",
      salesUnitId: unit.id,
      agreementId: bAgreement.id,
      chargeId: failed.id,
      request: {},
      actorType: "SYSTEM",
    },
  });
  await db.$executeRaw`UPDATE "VippsOperation" SET "updatedAt" = now() - interval '1 hour' WHERE id = ${operation.id}`;
  other = {
    merchantId: b.id,
    unitId: unit.id,
    customerId: customer.id,
    agreementId: bAgreement.id,
    chargeId: bCharge.id,
    orderId: bCharge.orderId,
    failedId: failed.id,
    operationId: operation.id,
  };
});

describe("a staff member of merchant A", () => {
  it("finds A's rows and none of B's in the console's views", async () => {
    // A's own rows are there (so the NOT_FOUNDs below are the scope, not a broken lookup).
    expect((await getChargeView(ctxA, mine.chargeId)).charge.id).toBe(mine.chargeId);
    expect((await getAgreementView(ctxA, mine.agreementId)).agreement.id).toBe(mine.agreementId);
    expect((await getCustomerView(ctxA, mine.customerId)).customer.id).toBe(mine.customerId);
    expect(await getChargeState(ctxA, mine.chargeId)).not.toBeNull();

    await expect(getChargeView(ctxA, other.chargeId)).rejects.toMatchObject(NOT_FOUND);
    await expect(getAgreementView(ctxA, other.agreementId)).rejects.toMatchObject(NOT_FOUND);
    await expect(getCustomerView(ctxA, other.customerId)).rejects.toMatchObject(NOT_FOUND);
    expect(await getChargeState(ctxA, other.chargeId)).toBeNull();
    expect(await getTimeline(ctxA, { chargeId: other.chargeId })).toEqual([]);
    expect(await getTimeline(ctxA, { agreementId: other.agreementId })).toEqual([]);
    expect(await getTimeline(ctxA, { customerId: other.customerId })).toEqual([]);
  });

  it("searches within A only", async () => {
    const ids = async (query: string) => {
      const r = await searchSupport(ctxA, { query });
      return [...r.customers, ...r.agreements, ...r.charges].map((x) => x.id);
    };
    expect(await ids("scopesen")).toEqual([mine.customerId]);
    expect(await ids(mine.orderId)).toEqual([mine.chargeId]);
    for (const query of [
      other.orderId,
      other.chargeId,
      "agr_scopeB1",
      "scope-b-1",
      "scope.bente@b.test",
      "90009999",
    ])
      expect(await ids(query), query).toEqual([]);
  });

  it("sees none of B's rows on the work lists and the support home", async () => {
    const rows = [
      ...(await listWorkList(ctxA, "failed-charges")).rows,
      ...(await listWorkList(ctxA, "pending-agreements")).rows,
    ].map((r) => r.id);
    expect(rows).not.toContain(other.failedId);
    const home = await getSupportHome(ctxA);
    expect(home.counts.failedCharges).toBe(0);
    expect(home.recentCustomers.map((c) => c.id)).toEqual([mine.customerId]);
  });

  it("cannot move B's money or refresh B's rows, and changes nothing of them", async () => {
    const before = await db.charge.findUniqueOrThrow({ where: { id: other.chargeId } });
    const audit = await db.auditEvent.count();
    await expect(
      refundCharge(ctxA, { chargeId: other.chargeId, amount: 1_000, description: "x" }),
    ).rejects.toMatchObject(NOT_FOUND);
    await expect(captureCharge(ctxA, { chargeId: other.chargeId, amount: 1_000 })).rejects.toMatchObject(
      NOT_FOUND,
    );
    await expect(cancelCharge(ctxA, { chargeId: other.chargeId })).rejects.toMatchObject(NOT_FOUND);
    await expect(refreshChargeForStaff(ctxA, { chargeId: other.chargeId })).rejects.toMatchObject(NOT_FOUND);
    await expect(refreshAgreementForStaff(ctxA, { agreementId: other.agreementId })).rejects.toMatchObject(
      NOT_FOUND,
    );
    await expect(
      createAdHocCharge(ctxA, {
        agreementId: other.agreementId,
        type: "UNSCHEDULED",
        amount: 1_000,
        description: "x",
      }),
    ).rejects.toMatchObject(NOT_FOUND);

    expect(await db.charge.findUniqueOrThrow({ where: { id: other.chargeId } })).toEqual(before);
    expect(await db.charge.count({ where: { agreementId: other.agreementId } })).toBe(2);
    expect(await db.vippsOperation.count({ where: { agreementId: other.agreementId } })).toBe(1);
    expect(await db.auditEvent.count()).toBe(audit);
  });

  it("reads no receipt of B's, and a customer only their own", async () => {
    expect(await loadReceipt(ctxA, { chargeId: mine.chargeId })).not.toBeNull();
    expect(await loadReceipt(ctxA, { chargeId: other.chargeId })).toBeNull();
    expect(await db.receipt.count({ where: { chargeId: other.chargeId } })).toBe(0);
    const stranger = await testContext({
      actor: { type: "CUSTOMER", id: "user-x", customerId: other.customerId },
    });
    expect(await loadReceipt(stranger, { chargeId: mine.chargeId })).toBeNull();
  });

  it("gets no checklist of B's sales unit", async () => {
    expect((await listChecklistUnits(ctxA)).map((u) => u.id)).not.toContain(other.unitId);
    await expect(exportChecklist(ctxA, { salesUnitId: other.unitId, format: "md" })).rejects.toMatchObject(
      NOT_FOUND,
    );
    await expect(runChecklistVerification(ctxA, { salesUnitId: other.unitId })).rejects.toMatchObject(
      NOT_FOUND,
    );
    expect(await db.checklistRun.count({ where: { salesUnitId: other.unitId } })).toBe(0);
  });

  it("leaves B's unsettled operations to B when resuming A's", async () => {
    await resumeOperations(await testContext());
    expect(await db.vippsOperation.findUniqueOrThrow({ where: { id: other.operationId } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });
  });

  it("lists none of B's audit entries in A's audit log", async () => {
    const staffB: TActor = { type: "STAFF", id: "staff-b", email: "admin@b.test", role: "ADMIN" };
    const ctxB = await testContext({ actor: staffB, merchantId: other.merchantId });
    await recordAudit(ctxB, {
      action: "charge.refund",
      target: { type: "charge", id: other.chargeId },
      customerId: other.customerId,
      agreementId: other.agreementId,
      chargeId: other.chargeId,
      orderId: other.orderId,
      reason: "B's own refund",
    });
    // Even an entry of B's that names A's charge (it cannot happen, but the log must not rely on
    // that) stays out of A's log and A's timeline.
    await recordAudit(ctxB, {
      action: "charge.note",
      target: { type: "charge", id: mine.chargeId },
      chargeId: mine.chargeId,
      agreementId: mine.agreementId,
      customerId: mine.customerId,
    });
    await recordAudit(ctxA, {
      action: "charge.note",
      target: { type: "charge", id: mine.chargeId },
      chargeId: mine.chargeId,
    });

    // B's log has them (so their absence from A's is the scope, not a broken filter).
    const bLog = (await listAuditEvents(ctxB, {})).events;
    expect(bLog.map((e) => e.actorId)).toEqual(["staff-b", "staff-b"]);

    const aLog = async (filter: Parameters<typeof listAuditEvents>[1]) =>
      (await listAuditEvents(ctxA, filter)).events;
    const all = await aLog({});
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((e) => e.merchantId)).toEqual(all.map(() => ctxA.merchantId));
    expect(all.map((e) => e.actorId)).not.toContain("staff-b");
    for (const target of [other.chargeId, other.orderId, other.agreementId, other.customerId, "agr_scopeB1"])
      expect(await aLog({ target }), target).toEqual([]);
    expect((await aLog({ actor: "admin@b.test" })).length).toBe(0);
    expect((await aLog({ action: "charge.refund" })).map((e) => e.actorId)).not.toContain("staff-b");
    expect((await aLog({ target: mine.chargeId })).filter((e) => e.action === "charge.note")).toHaveLength(1);

    const notes = (await getTimeline(ctxA, { chargeId: mine.chargeId })).filter(
      (e) => e.title === "charge.note",
    );
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes)).not.toMatch(/staff-b|admin@b\.test/);
  });

  it("gives every audit entry its merchant", async () => {
    // The file's own work (A's sign-up and capture, the resume job, the entries above) wrote these.
    expect(await db.auditEvent.count({ where: { merchantId: ctxA.merchantId } })).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { merchantId: null } })).toBe(0);
    expect(
      await db.auditEvent.count({
        // (but B's crafted note above, which is B's by who wrote it)
        where: {
          agreementId: mine.agreementId,
          action: { not: "charge.note" },
          NOT: { merchantId: ctxA.merchantId },
        },
      }),
    ).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { agreementId: other.agreementId, NOT: { merchantId: other.merchantId } },
      }),
    ).toBe(0);
  });
});
