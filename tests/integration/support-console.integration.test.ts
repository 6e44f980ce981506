import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TActor } from "@/lib/server/actor";
import { startSignUp } from "@/lib/server/agreements/start-sign-up";
import { createAdHocCharge } from "@/lib/server/charges/create-ad-hoc-charge";
import { refundCharge } from "@/lib/server/charges/refund-charge";
import { getChargeView } from "@/lib/server/support/get-charge-view";
import { getTimeline } from "@/lib/server/support/get-timeline";
import { listAuditEvents } from "@/lib/server/support/list-audit-events";
import { listWorkList } from "@/lib/server/support/list-work-list";
import { refreshChargeForStaff } from "@/lib/server/support/refresh-charge-for-staff";
import { searchSupport } from "@/lib/server/support/search-support";
import { recordsToCsv } from "@/lib/domain/csv";
import { createActiveAgreement, createProduct, emulatorDate } from "../factories";
import { testContext } from "../shared/server-context";

const agent: TActor = { type: "STAFF", id: "staff-1", email: "agent@abo.test", role: "SUPPORT" };
const initial = (transactionType: "DIRECT_CAPTURE" | "RESERVE_CAPTURE", amount = 19_900) => ({
  product: {
    initialChargeDescription: "Første måned",
    initialChargeTransactionType: transactionType,
    prices: [
      { market: "NO" as const, currency: "NOK" as const, amount: 19_900, initialChargeAmount: amount },
    ],
  },
});

let paid: Awaited<ReturnType<typeof createActiveAgreement>>["agreement"];
let reserved: Awaited<ReturnType<typeof createActiveAgreement>>["agreement"];
let paidCharge: { id: string; orderId: string };

beforeAll(async () => {
  paid = (
    await createActiveAgreement({
      ...initial("DIRECT_CAPTURE"),
      email: "ingrid.hansen@example.no",
      phone: "4791234567",
    })
  ).agreement;
  reserved = (
    await createActiveAgreement({
      ...initial("RESERVE_CAPTURE"),
      email: "ola@example.no",
      phone: "4798765432",
    })
  ).agreement;
  await db.customer.update({ where: { id: paid.customerId! }, data: { name: "Ingrid Hansen" } });
  await db.customer.update({ where: { id: reserved.customerId! }, data: { name: "Ola Nordmann" } });
  paidCharge = await db.charge.findFirstOrThrow({
    where: { agreementId: paid.id, type: "INITIAL" },
    select: { id: true, orderId: true },
  });
});

describe("support search", () => {
  it("finds a customer by phone written in every usual way", async () => {
    for (const q of ["+47 912 34 567", "91234567", "4791234567", "0047 91 23 45 67", "912 34 567"]) {
      expect(
        (await searchSupport(await testContext(), { query: q })).customers.map((c) => c.id),
        q,
      ).toEqual([paid.customerId]);
    }
  });

  it("finds by email exactly and by fragment, and by name words in any order and case", async () => {
    expect(
      (await searchSupport(await testContext(), { query: "Ingrid.Hansen@Example.no" })).customers.map(
        (c) => c.id,
      ),
    ).toEqual([paid.customerId]);
    expect(
      (await searchSupport(await testContext(), { query: "ingrid.han" })).customers.map((c) => c.id),
    ).toEqual([paid.customerId]);
    expect(
      (await searchSupport(await testContext(), { query: "hansen INGRID" })).customers.map((c) => c.id),
    ).toEqual([paid.customerId]);
    expect((await searchSupport(await testContext(), { query: "nordm" })).customers).toMatchObject([
      { id: reserved.customerId, name: "Ola Nordmann", agreements: 1 },
    ]);
  });

  it("finds agreements by our id, Vipps's agr_ id and externalId, and charges by orderId and id", async () => {
    for (const q of [paid.id, paid.vippsAgreementId!, paid.externalId]) {
      expect(
        (await searchSupport(await testContext(), { query: q })).agreements.map((a) => a.id),
        q,
      ).toEqual([paid.id]);
    }
    for (const q of [paidCharge.orderId, paidCharge.id]) {
      expect((await searchSupport(await testContext(), { query: q })).charges, q).toMatchObject([
        {
          id: paidCharge.id,
          orderId: paidCharge.orderId,
          status: "CHARGED",
          customer: { id: paid.customerId },
        },
      ]);
    }
  });

  it("finds nothing for wildcards or nonsense", async () => {
    for (const q of ["%", "___", "zzzqqq", "+47 000 00 000", ""]) {
      const r = await searchSupport(await testContext(), { query: q });
      expect(r.customers.length + r.agreements.length + r.charges.length, q).toBe(0);
    }
  });
});

describe("views, timeline and audit", () => {
  it("shows what is still refundable net of refunds in flight, and the customer's timeline merges events, calls and staff actions", async () => {
    await refundCharge(await testContext({ actor: agent }), {
      chargeId: paidCharge.id,
      amount: 5_000,
      description: "Delvis",
      reason: "Late delivery",
    });
    expect((await getChargeView(await testContext(), paidCharge.id)).allowed).toMatchObject({
      refundable: 14_900,
      capturable: 0,
      cancellable: false,
    });
    await db.vippsOperation.create({
      data: {
        kind: "REFUND_CHARGE",
        idempotencyKey: "in-flight-1",
        salesUnitId: paid.salesUnitId,
        agreementId: paid.id,
        chargeId: paidCharge.id,
        orderId: paidCharge.orderId,
        amount: 4_000,
        request: {},
        actorType: "STAFF",
        status: "PENDING",
      },
    });
    expect((await getChargeView(await testContext(), paidCharge.id)).allowed.refundable).toBe(10_900);
    await db.vippsOperation.update({ where: { idempotencyKey: "in-flight-1" }, data: { status: "FAILED" } });
    await db.webhookEvent.create({
      data: {
        identity: "evt-1",
        eventType: "recurring.charge-refunded.v1",
        agreementId: paid.vippsAgreementId,
        chargeId: paidCharge.orderId,
        occurred: new Date(),
        payload: { eventType: "recurring.charge-refunded.v1" },
      },
    });
    await refreshChargeForStaff(await testContext({ actor: agent }), { chargeId: paidCharge.id });

    const timeline = await getTimeline(await testContext(), { customerId: paid.customerId! });
    const titles = timeline.map((e) => `${e.source}:${e.title}`);
    expect(titles).toContain("audit:charge.refund");
    expect(titles).toContain("audit:charge.refresh");
    expect(titles).toContain("vipps-event:recurring.charge-refunded.v1");
    expect(titles.some((t) => t.startsWith("vipps-call:RefundCharge"))).toBe(true);
    expect(titles.some((t) => t.startsWith("vipps-call:DraftAgreement"))).toBe(true);
    expect(timeline.find((e) => e.title === "charge.refund")).toMatchObject({
      reason: "Late delivery",
      orderId: paidCharge.orderId,
      actor: "agent@abo.test (staff)",
    });
    expect(timeline.map((e) => e.at.getTime())).toEqual(
      [...timeline.map((e) => e.at.getTime())].sort((a, b) => b - a),
    );
    // Nothing of the other customer.
    expect(timeline.some((e) => e.orderId && e.orderId !== paidCharge.orderId && e.source === "audit")).toBe(
      false,
    );
  });

  it("names the staff member behind an action (name and email from the User table), in the timeline, the audit log and the charge's operations", async () => {
    const siri = await db.user.create({
      data: { email: "siri.support@abo.test", name: "Siri Støtte", role: "SUPPORT" },
    });
    const nameless = await db.user.create({ data: { email: "no.name@abo.test", role: "SUPPORT" } });
    const staff = (user: { id: string; email: string }): TActor => ({
      type: "STAFF",
      id: user.id,
      email: user.email,
      role: "SUPPORT",
    });
    await refundCharge(await testContext({ actor: staff(siri) }), {
      chargeId: paidCharge.id,
      amount: 1_000,
      description: "Refusjon",
      reason: "Goodwill",
    });
    await refundCharge(await testContext({ actor: staff(nameless) }), {
      chargeId: paidCharge.id,
      amount: 1_000,
      description: "Refusjon",
      reason: "Charged twice",
    });
    const named = "Siri Støtte (siri.support@abo.test, staff)";
    const actors = (entries: { reason?: string | null; actor?: string | null }[]) =>
      Object.fromEntries(
        entries
          .filter((e) => e.reason === "Goodwill" || e.reason === "Charged twice")
          .map((e) => [e.reason, e.actor]),
      );
    const expected = { Goodwill: named, "Charged twice": "no.name@abo.test (staff)" };
    expect(actors(await getTimeline(await testContext(), { chargeId: paidCharge.id }))).toEqual(expected);
    expect(actors((await listAuditEvents(await testContext(), { action: "charge.refund" })).events)).toEqual(
      expected,
    );
    expect(actors((await getChargeView(await testContext(), paidCharge.id)).operations)).toEqual(expected);
    // No id is shown where a person is known.
    expect(JSON.stringify(await getTimeline(await testContext(), { chargeId: paidCharge.id }))).not.toContain(
      `(${siri.id}`,
    );
  });

  it("filters the audit log by who, what, target and date, and pages through it", async () => {
    expect(
      (await listAuditEvents(await testContext(), { actor: "agent@abo" })).events.every(
        (e) => e.actorEmail === "agent@abo.test",
      ),
    ).toBe(true);
    expect(
      new Set(
        (await listAuditEvents(await testContext(), { action: "charge.refund" })).events.map((e) => e.action),
      ),
    ).toEqual(new Set(["charge.refund"]));
    expect(
      (await listAuditEvents(await testContext(), { target: paidCharge.orderId })).events.length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      (await listAuditEvents(await testContext(), { target: paid.vippsAgreementId! })).events.every(
        (e) => e.agreementId === paid.id,
      ),
    ).toBe(true);
    expect(
      (await listAuditEvents(await testContext(), { from: "2000-01-01", to: "2000-01-02" })).events,
    ).toEqual([]);
    const first = await listAuditEvents(await testContext(), {}, 1);
    const second = await listAuditEvents(await testContext(), { before: first.next! }, 1);
    expect(first.next).toBeTruthy();
    expect(second.events[0]!.id).not.toBe(first.events[0]!.id);
    expect(second.events[0]!.createdAt.getTime()).toBeLessThanOrEqual(first.events[0]!.createdAt.getTime());
  });
});

describe("work lists", () => {
  it("lists reserved charges with their deadline, failed charges, pending agreements and Vipps's errors, and exports them as CSV", async () => {
    // Vipps refuses a charge above five times the price: a failed charge and an error in the call log.
    await expect(
      createAdHocCharge(await testContext({ actor: agent }), {
        agreementId: paid.id,
        type: "RECURRING",
        amount: 19_900 * 6,
        description: "For mye",
        due: await emulatorDate(3),
        retryDays: 2,
        reason: "Test",
      }),
    ).rejects.toMatchObject({ code: "VIPPS_REJECTED" });
    const product = await createProduct();
    const pending = await startSignUp(await testContext(), {
      productId: product.id,
      market: "NO",
      email: "venter@example.no",
      phone: "4790011223",
      termsAccepted: true,
    });

    const reservedCharge = await db.charge.findFirstOrThrow({
      where: { agreementId: reserved.id, type: "INITIAL" },
    });
    const awaiting = await listWorkList(await testContext({ locale: "en" }), "awaiting-capture");
    expect(awaiting.rows.find((r) => r.id === reservedCharge.id)?.cells).toMatchObject({
      orderId: reservedCharge.orderId,
      status: "Reserved",
      capturable: "199\u00a0kr",
      deadline: reservedCharge.captureDeadline!.toISOString().slice(0, 10),
    });

    const failed = await listWorkList(await testContext(), "failed-charges");
    expect(failed.rows[0]!.cells).toMatchObject({ amount: "1\u00a0194\u00a0kr", customer: "Ingrid Hansen" });
    expect(failed.rows[0]!.cells.detail).toMatch(/./);

    expect((await listWorkList(await testContext(), "pending-agreements")).rows.map((r) => r.id)).toContain(
      pending.agreementId,
    );

    const errors = await listWorkList(await testContext(), "vipps-errors");
    expect(errors.rows[0]!.cells).toMatchObject({
      operation: "CreateCharge",
      status: "400",
      problem: "charge-amount-too-high",
    });
    expect(errors.rows[0]!.href).toBe(`/support/agreements/${paid.id}`);

    const csv = recordsToCsv(
      awaiting.columns,
      awaiting.rows.map((r) => r.cells),
    );
    expect(csv.split("\r\n")[0]).toBe("Order id,Customer,Product,Status,Still capturable,Capture deadline");
    expect(csv).toContain(`${reservedCharge.orderId},Ola Nordmann,`);
  });
});
