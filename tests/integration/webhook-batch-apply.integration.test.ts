// The batch apply of agreement reads (applyVippsAgreements, what the webhook drain uses for a burst
// of stops) writes exactly what applying each read on its own (applyVippsAgreement) writes: the
// same agreement rows, voided charges, customer mails, audit entries and dashboard rows, for every
// kind of read (stops with and without an actor, a rejection, Abo's own stop kept, a plain sync, a
// price changed outside Abo, an activation, an expiry, and a read older than the row). Most of their
// customers have an address (in their own language, the shop's, in capitals), so the outbox rows are
// compared too, with the rules of who gets none (a rejection, a stop for failed payments, a move that
// is no stop, a stop already mailed). Two copies of the same agreements, one applied each way, then
// compared row by row.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Agreement, Prisma } from "@/lib/generated/prisma/client";
import type { StopActor } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { applyVippsAgreement } from "@/lib/server/agreements/apply-vipps-agreement";
import { applyVippsAgreements } from "@/lib/server/agreements/apply-vipps-agreements";
import type { TSyncSource } from "@/lib/server/charges/apply-vipps-charge";
import type { TAgreement } from "@/lib/vipps/schemas";
import { createMerchant } from "../factories";
import { testContext } from "../shared/server-context";

type TCase = {
  name: string;
  row: Partial<Prisma.AgreementUncheckedCreateInput>;
  /** The row as the caller read it, when older than the database's. */
  staleStatus?: "ACTIVE";
  remote: Partial<TAgreement> & Pick<TAgreement, "status">;
  actor?: StopActor;
  /** The customer has an address (in this language; undefined: "nb", null: none, the shop's). */
  mail?: boolean;
  locale?: string | null;
  /** The address as typed, in capitals (the outbox keeps it lower-case). */
  capitals?: boolean;
  /** The stop's mail is already in the outbox (it is written once). */
  mailedBefore?: boolean;
  plannedCharge?: boolean;
};

const STOP = "2030-10-01T09:59:00.000Z";
const CASES: TCase[] = [
  {
    name: "deleted profile",
    row: { status: "ACTIVE" },
    remote: { status: "STOPPED", stop: STOP },
    actor: "ADMIN",
    mail: true,
    plannedCharge: true,
  },
  {
    name: "stopped in the app",
    row: { status: "ACTIVE" },
    remote: { status: "STOPPED", stop: STOP },
    mail: true,
    locale: "en",
  },
  {
    name: "stop without a time",
    row: { status: "ACTIVE" },
    remote: { status: "STOPPED" },
    actor: "USER",
    mail: true,
    locale: null,
    capitals: true,
  },
  {
    name: "rejected",
    row: { status: "PENDING", activatedAt: null, billingAnchor: null, nextChargeDate: null },
    remote: { status: "STOPPED", stop: STOP },
    mail: true,
  },
  {
    name: "Abo's own stop",
    row: { status: "ACTIVE", stopActor: "MERCHANT", stopCause: "STAFF" },
    remote: { status: "STOPPED", stop: STOP },
    actor: "MERCHANT",
    mail: true,
    plannedCharge: true,
  },
  {
    name: "already stopped",
    row: { status: "STOPPED", stopActor: "USER", stopCause: "USER_IN_APP", stoppedAt: new Date(STOP) },
    remote: { status: "STOPPED", stop: STOP, sub: "sub-new" },
    actor: "ADMIN",
    mail: true,
  },
  {
    name: "price changed outside Abo",
    row: { status: "ACTIVE" },
    remote: { status: "ACTIVE", pricing: { currency: "NOK", amount: 34_900, maxAmount: 50_000 } },
    mail: true,
  },
  {
    name: "activated",
    row: { status: "PENDING", activatedAt: null, billingAnchor: null, nextChargeDate: null },
    remote: { status: "ACTIVE", start: "2030-10-01T08:00:00.000Z" },
    mail: true,
  },
  {
    name: "expired",
    row: { status: "PENDING", activatedAt: null, billingAnchor: null, nextChargeDate: null },
    remote: { status: "EXPIRED" },
    mail: true,
  },
  {
    name: "read older than the row",
    row: { status: "STOPPED", stopActor: "MERCHANT", stopCause: "STAFF", stoppedAt: new Date(STOP) },
    staleStatus: "ACTIVE",
    remote: { status: "STOPPED", stop: STOP },
    actor: "ADMIN",
    mail: true,
  },
  {
    name: "Abo's stop for failed payments",
    row: { status: "ACTIVE", stopActor: "MERCHANT", stopCause: "FAILED_PAYMENT" },
    remote: { status: "STOPPED", stop: STOP },
    actor: "MERCHANT",
    mail: true,
  },
  {
    name: "stop already mailed",
    row: { status: "ACTIVE" },
    remote: { status: "STOPPED", stop: STOP },
    actor: "ADMIN",
    mail: true,
    mailedBefore: true,
  },
];

let merchantId: string;
let salesUnitId: string;

beforeAll(async () => {
  const { merchant, salesUnits } = await createMerchant();
  merchantId = merchant.id;
  salesUnitId = salesUnits.NO.id;
}, 60_000);

/** One copy of every case, ids prefixed; returns each case's agreement as its caller read it. */
async function seed(prefix: string): Promise<Agreement[]> {
  const rows: Agreement[] = [];
  for (const [i, c] of CASES.entries()) {
    const id = `${prefix}${i}`;
    const customer = c.mail
      ? await db.customer.create({
          data: {
            merchantId,
            email: c.capitals ? `Kari.${id}@Example.NO` : `${id}@example.no`,
            name: "Kari Nordmann",
            locale: c.locale === undefined ? "nb" : c.locale,
          },
        })
      : null;
    const agreement = await db.agreement.create({
      data: {
        id,
        merchantId,
        salesUnitId,
        customerId: customer?.id ?? null,
        vippsAgreementId: `agr_${id}`,
        status: "ACTIVE",
        market: "NO",
        currency: "NOK",
        pricingType: "LEGACY",
        amount: 29_900,
        intervalUnit: "MONTH",
        intervalCount: 1,
        productName: "Batchavisen",
        transactionType: "DIRECT_CAPTURE",
        retryDays: 2,
        externalId: id,
        returnToken: `rt-${id}`,
        draftIdempotencyKey: `agr-${id}`,
        activatedAt: new Date("2030-09-01T00:00:00Z"),
        billingAnchor: new Date("2030-09-01T00:00:00Z"),
        nextPeriodIndex: 1,
        nextChargeDate: new Date("2030-10-01T00:00:00Z"),
        ...c.row,
      },
    });
    for (const [k, state] of (c.plannedCharge ? (["PLANNED", "SENT"] as const) : []).entries())
      await db.charge.create({
        data: {
          agreementId: id,
          customerId: customer?.id ?? null,
          orderId: `${id}-p${k}`,
          idempotencyKey: `${id}-p${k}`,
          type: "RECURRING",
          transactionType: "DIRECT_CAPTURE",
          amount: 29_900,
          currency: "NOK",
          description: "Batchavisen",
          due: new Date(`2030-10-0${k + 2}T00:00:00Z`),
          retryDays: 2,
          status: state === "PLANNED" ? "PENDING" : "DUE",
          sendState: state,
        },
      });
    if (c.mailedBefore)
      await db.email.create({
        data: {
          to: `${id}@example.no`,
          subject: "Abonnementet ditt er stoppet",
          text: "Sendt før.",
          kind: "stopped",
          locale: "nb",
          customerId: customer?.id ?? null,
          agreementId: id,
          dedupeKey: `stopped:${id}`,
        },
      });
    rows.push(c.staleStatus ? { ...agreement, status: c.staleStatus } : agreement);
  }
  return rows;
}

const remoteOf = (c: TCase, agreement: Agreement): TAgreement => ({
  id: agreement.vippsAgreementId!,
  productName: "Batchavisen",
  pricing: { currency: "NOK", amount: 29_900, maxAmount: null },
  ...c.remote,
});

/** Everything an apply may write about the agreements of one copy, with their own ids taken out. */
async function written(prefix: string) {
  const ids = CASES.map((_, i) => `${prefix}${i}`);
  const plain = (value: unknown) =>
    JSON.parse(
      JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v)).replaceAll(
        prefix,
        "<copy>",
      ),
    ) as Record<string, unknown>;
  const agreements = await db.agreement.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  const charges = await db.charge.findMany({
    where: { agreementId: { in: ids } },
    orderBy: { orderId: "asc" },
  });
  const emails = await db.email.findMany({
    where: { agreementId: { in: ids } },
    orderBy: [{ agreementId: "asc" }, { kind: "asc" }],
  });
  const audit = await db.auditEvent.findMany({
    where: { agreementId: { in: ids } },
    orderBy: { agreementId: "asc" },
  });
  const dashboard = await db.dashboardAgreement.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
  });
  return {
    agreements: agreements.map(({ customerId, createdAt, updatedAt, lastSyncedAt, stoppedAt, ...a }) =>
      plain({
        ...a,
        customer: !!customerId,
        // A stop Vipps gave no time for is dated at the read (a moment of each run).
        stoppedAt:
          stoppedAt && lastSyncedAt && stoppedAt.getTime() === lastSyncedAt.getTime() ? "read" : stoppedAt,
        synced: !!lastSyncedAt,
        touched: updatedAt > createdAt,
      }),
    ),
    charges: charges.map(({ id: _, customerId, createdAt: _c, updatedAt: _u, ...c }) =>
      plain({ ...c, customer: !!customerId }),
    ),
    emails: emails.map(({ id: _, customerId, createdAt: _c, ...e }) =>
      plain({ ...e, customer: !!customerId }),
    ),
    audit: audit.map(({ id: _, customerId, createdAt: _c, requestId: _r, ...e }) =>
      plain({ ...e, customer: !!customerId }),
    ),
    // An agreement that ended without a time Vipps gave ended at a moment of each run (its read, or
    // its update for an expiry), as its own row says.
    dashboard: dashboard.map(({ customerId, ...d }) => {
      const a = agreements.find((r) => r.id === d.id)!;
      const moment = (at: Date | null) =>
        at && a.stoppedAt?.getTime() === at.getTime() && a.stoppedAt.getTime() === a.lastSyncedAt?.getTime()
          ? "read"
          : at && !a.stoppedAt && at.getTime() === a.updatedAt.getTime()
            ? "updated"
            : at;
      return plain({
        ...d,
        ended: moment(d.ended),
        campaignUntil: moment(d.campaignUntil),
        ordinaryUntil: moment(d.ordinaryUntil),
        customer: !!customerId,
      });
    }),
  };
}

describe.each<TSyncSource>(["webhook", "reconcile"])("reads applied together (%s)", (source) => {
  it("write exactly what each applied on its own writes", async () => {
    const ctx = await testContext();
    const one = await seed(`${source}-one-`);
    const many = await seed(`${source}-many-`);

    const alone = [];
    for (const [i, c] of CASES.entries())
      alone.push(await applyVippsAgreement(ctx, one[i]!, remoteOf(c, one[i]!), source, c.actor));
    // The batch's own transaction, not its fallback to one by one.
    const warn = vi.spyOn(logger, "warn");
    const together = await applyVippsAgreements(
      ctx,
      CASES.map((c, i) => ({ agreement: many[i]!, remote: remoteOf(c, many[i]!), actor: c.actor })),
      source,
    );

    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(together).toEqual(alone);
    const [a, b] = [await written(`${source}-one-`), await written(`${source}-many-`)];
    expect(b).toEqual(a);
    // The cases do what they are for (so the comparison is not of two empty sets).
    const status = Object.fromEntries(a.agreements.map((r) => [r.externalId, [r.status, r.stopCause]]));
    expect(status).toEqual({
      "<copy>0": ["STOPPED", "VIPPS_ADMIN"],
      "<copy>1": ["STOPPED", "USER_IN_APP"],
      "<copy>2": ["STOPPED", "USER_IN_APP"],
      "<copy>3": ["STOPPED", "REJECTED"],
      "<copy>4": ["STOPPED", "STAFF"],
      "<copy>5": ["STOPPED", "USER_IN_APP"],
      "<copy>6": ["ACTIVE", null],
      "<copy>7": ["ACTIVE", null],
      "<copy>8": ["EXPIRED", "EXPIRED"],
      "<copy>9": ["STOPPED", "STAFF"],
      "<copy>10": ["STOPPED", "FAILED_PAYMENT"],
      "<copy>11": ["STOPPED", "VIPPS_ADMIN"],
    });
    expect(a.agreements.find((r) => r.externalId === "<copy>6")).toMatchObject({
      amount: 34_900,
      maxAmount: 50_000,
    });
    expect(a.charges.map((c) => c.status)).toEqual(["CANCELLED", "DUE", "CANCELLED", "DUE"]);
    // Who is mailed, in which language (their own, else the shop's), to the address lower-case; the
    // stop mailed before keeps its one mail.
    expect(a.emails.map((e) => [e.agreementId, e.kind, e.locale, e.to])).toEqual([
      ["<copy>0", "stopped", "nb", "<copy>0@example.no"],
      ["<copy>1", "stopped", "en", "<copy>1@example.no"],
      ["<copy>11", "stopped", "nb", "<copy>11@example.no"],
      ["<copy>2", "stopped", "nb", "kari.<copy>2@example.no"],
      ["<copy>4", "stopped", "nb", "<copy>4@example.no"],
      ["<copy>7", "signup-confirmed", "nb", "<copy>7@example.no"],
    ]);
    expect(a.emails.find((e) => e.agreementId === "<copy>11")).toMatchObject({ text: "Sendt før." });
    expect(a.emails.find((e) => e.agreementId === "<copy>1")?.subject).not.toEqual(
      a.emails.find((e) => e.agreementId === "<copy>0")?.subject,
    );
    expect(a.audit).toHaveLength(source === "reconcile" ? 9 : 0);
    expect(a.dashboard.length).toBeGreaterThan(0);
  });
});
