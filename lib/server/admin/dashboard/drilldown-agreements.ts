import "server-only";
import { db } from "@/lib/db";
import type { Currency } from "@/lib/generated/prisma/enums";
import { lastChargedAmount, monthlyValueAt } from "@/lib/domain/metrics/subscription-value";
import { SUCCEEDED_STATUSES } from "@/lib/domain/metrics/payments";
import { customerLabel, endedAt, type TDrillRow } from "@/lib/domain/metrics/drilldown-row";
import type { TServerContext } from "@/lib/server/context/server-context";
import { countedAgreementWhere, type TDrillScope } from "./drilldown-scope";

const SELECT = {
  id: true,
  externalId: true,
  status: true,
  currency: true,
  pricingType: true,
  amount: true,
  maxAmount: true,
  suggestedMaxAmount: true,
  intervalUnit: true,
  intervalCount: true,
  campaignType: true,
  campaignPrice: true,
  campaignEnd: true,
  campaignEventDate: true,
  campaignPeriodUnit: true,
  campaignPeriodCount: true,
  activatedAt: true,
  stoppedAt: true,
  stopCause: true,
  updatedAt: true,
  productName: true,
  customer: { select: { id: true, name: true, email: true } },
  product: { select: { campaignIntervalUnit: true, campaignIntervalCount: true } },
} as const;

type TAgreement = Awaited<ReturnType<typeof loadAgreements>>[number];

const loadAgreements = (ctx: TServerContext, scope: TDrillScope, where: object) =>
  db.agreement.findMany({
    where: { ...countedAgreementWhere(ctx, scope), ...where },
    select: SELECT,
    orderBy: [{ activatedAt: "asc" }, { id: "asc" }],
  });

// Stopped after `at`, or not stopped: a filter wide enough for endedAt's fallback to updatedAt.
const notEndedBefore = (at: Date) => ({
  OR: [
    { status: { notIn: ["STOPPED" as const, "EXPIRED" as const] } },
    { stoppedAt: { gte: at } },
    { stoppedAt: null, updatedAt: { gte: at } },
  ],
});

/**
 * A level is read just before its instant (the dashboard sums the changes before it): an agreement
 * counts when it started before `at` and had not ended before it.
 */
const activeJustBefore = (a: TAgreement, at: Date) => {
  const ended = endedAt(a);
  return a.activatedAt !== null && a.activatedAt < at && (ended === null || ended >= at);
};

const row = (a: TAgreement, date: Date | null, amount: number | null, note: string | null): TDrillRow => ({
  key: a.id,
  kind: "agreement",
  targetId: a.id,
  reference: a.externalId,
  customer: customerLabel(a.customer),
  product: a.productName,
  status: a.status,
  date,
  currency: a.currency,
  amount,
  note,
});

/** Subscriptions active at `at` (just before it), each with its monthly value; they add up to MRR. */
export const drilldownMrr = async (
  ctx: TServerContext,
  scope: TDrillScope,
  at: Date,
  currency?: Currency,
): Promise<TDrillRow[]> => {
  const agreements = (
    await loadAgreements(ctx, scope, {
      activatedAt: { lt: at },
      pricingType: { not: "FLEXIBLE" },
      intervalUnit: { not: null },
      ...(currency ? { currency } : {}),
      ...notEndedBefore(at),
    })
  ).filter((a) => activeJustBefore(a, at));
  const variable = agreements.filter((a) => a.pricingType === "VARIABLE").map((a) => a.id);
  const charges = variable.length
    ? await db.charge.findMany({
        where: {
          agreementId: { in: variable },
          agreement: { merchantId: ctx.merchantId },
          type: "RECURRING",
          status: { in: [...SUCCEEDED_STATUSES] },
        },
        select: { agreementId: true, type: true, status: true, due: true, amount: true },
      })
    : [];
  const justBefore = new Date(at.getTime() - 1);
  return agreements
    .map((a) => {
      const last = lastChargedAmount(
        charges.filter((c) => c.agreementId === a.id),
        justBefore,
      );
      const value = monthlyValueAt(
        {
          ...a,
          campaignIntervalUnit: a.product?.campaignIntervalUnit ?? null,
          campaignIntervalCount: a.product?.campaignIntervalCount ?? null,
        },
        // Active by the test above; the price is read just before the instant, as the levels are.
        justBefore,
        last,
      );
      return row(
        a,
        a.activatedAt,
        value,
        a.pricingType === "VARIABLE" && last !== null ? "lastCharged" : a.pricingType,
      );
    })
    .filter((r) => r.amount !== 0);
};

const activeAt = async (ctx: TServerContext, scope: TDrillScope, at: Date) =>
  (await loadAgreements(ctx, scope, { activatedAt: { lt: at }, ...notEndedBefore(at) })).filter((a) =>
    activeJustBefore(a, at),
  );

/** Subscriptions active at `at` (just before it), of any price type: the churn rate's base. */
export const drilldownActiveAt = async (
  ctx: TServerContext,
  scope: TDrillScope,
  at: Date,
): Promise<TDrillRow[]> => (await activeAt(ctx, scope, at)).map((a) => row(a, a.activatedAt, null, null));

/** Customers with at least one subscription active at `at` (just before it); the note counts them. */
export const drilldownSubscribers = async (
  ctx: TServerContext,
  scope: TDrillScope,
  at: Date,
): Promise<TDrillRow[]> => {
  const byCustomer = new Map<string, TAgreement[]>();
  for (const a of await activeAt(ctx, scope, at)) {
    const id = a.customer!.id;
    byCustomer.set(id, [...(byCustomer.get(id) ?? []), a]);
  }
  return [...byCustomer.entries()].map(([id, agreements]) => ({
    key: id,
    kind: "customer",
    targetId: id,
    reference: agreements[0]!.customer!.email ?? id,
    customer: customerLabel(agreements[0]!.customer),
    product: [...new Set(agreements.map((a) => a.productName))].join(", "),
    status: null,
    date: agreements[0]!.activatedAt,
    currency: null,
    amount: null,
    note: String(agreements.length),
  }));
};

/** Subscriptions that started in [from, to). */
export const drilldownStarted = async (
  ctx: TServerContext,
  scope: TDrillScope,
  from: Date,
  to: Date,
): Promise<TDrillRow[]> =>
  (await loadAgreements(ctx, scope, { activatedAt: { gte: from, lt: to } })).map((a) =>
    row(a, a.activatedAt, null, null),
  );

/** Subscriptions that ended in [from, to): after failed payments (stop cause FAILED_PAYMENT), or any other way. */
export const drilldownChurned = async (
  ctx: TServerContext,
  scope: TDrillScope,
  from: Date,
  to: Date,
  kind: "voluntary" | "failedPayment",
): Promise<TDrillRow[]> =>
  (
    await loadAgreements(ctx, scope, {
      status: { in: ["STOPPED", "EXPIRED"] },
      OR: [{ stoppedAt: { gte: from, lt: to } }, { stoppedAt: null, updatedAt: { gte: from, lt: to } }],
    })
  )
    .filter((a) => (a.stopCause === "FAILED_PAYMENT") === (kind === "failedPayment"))
    .map((a) => row(a, endedAt(a), null, a.stopCause ?? "UNKNOWN"));
