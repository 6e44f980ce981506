import "server-only";
import { db } from "@/lib/db";
import type { Currency } from "@/lib/generated/prisma/enums";
import { isRecovered, refundsOf } from "@/lib/domain/metrics/charge-events";
import { SUCCEEDED_STATUSES } from "@/lib/domain/metrics/payments";
import { toDateOnly } from "@/lib/domain/periods";
import { customerLabel, type TDrillRow } from "@/lib/domain/metrics/drilldown-row";
import type { TServerContext } from "@/lib/server/context/server-context";
import { countedAgreementWhere, type TDrillScope } from "./drilldown-scope";

const SELECT = {
  id: true,
  orderId: true,
  type: true,
  status: true,
  amount: true,
  currency: true,
  due: true,
  createdAt: true,
  updatedAt: true,
  refundedAmount: true,
  history: true,
  agreement: { select: { productName: true, customer: { select: { name: true, email: true } } } },
} as const;

type TCharge = Awaited<ReturnType<typeof loadDecided>>[number];

/**
 * Charges Vipps decided (money reserved or taken, or failed), counted on their due date:
 * RECURRING by `due`, UNSCHEDULED by the day they were created. Initial charges are part of signing up.
 */
const loadDecided = (ctx: TServerContext, scope: TDrillScope, from: Date, to: Date, currency?: Currency) =>
  db.charge.findMany({
    where: {
      agreement: countedAgreementWhere(ctx, scope),
      status: { in: [...SUCCEEDED_STATUSES, "FAILED"] },
      ...(currency ? { currency } : {}),
      OR: [
        { type: "RECURRING", due: { gte: toDateOnly(from), lt: toDateOnly(to) } },
        { type: "UNSCHEDULED", createdAt: { gte: from, lt: to } },
      ],
    },
    select: SELECT,
    orderBy: [{ due: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });

const dayOf = (c: TCharge) => (c.type === "RECURRING" ? c.due : toDateOnly(c.createdAt));

const row = (c: TCharge, date: Date | null, amount: number | null, key = c.id): TDrillRow => ({
  key,
  kind: "charge",
  targetId: c.id,
  reference: c.orderId,
  customer: customerLabel(c.agreement.customer),
  product: c.agreement.productName,
  status: c.status,
  date,
  currency: c.currency,
  amount,
  note: c.type,
});

/** Decided charges in [from, to) that succeeded, or that failed. */
export const drilldownCharges = async (
  ctx: TServerContext,
  scope: TDrillScope,
  from: Date,
  to: Date,
  outcome: "succeeded" | "failed",
): Promise<TDrillRow[]> =>
  (await loadDecided(ctx, scope, from, to))
    .filter((c) => (c.status === "FAILED") === (outcome === "failed"))
    .map((c) => row(c, dayOf(c), c.amount));

/** Succeeded charges in [from, to) whose money came on a later day than due: Vipps's retries saved them. */
export const drilldownRecovered = async (
  ctx: TServerContext,
  scope: TDrillScope,
  from: Date,
  to: Date,
  currency?: Currency,
): Promise<TDrillRow[]> =>
  (await loadDecided(ctx, scope, from, to, currency))
    .filter(isRecovered)
    .map((c) => row(c, dayOf(c), c.amount));

/** Each refund made in [from, to), dated by Vipps's history (else the charge's last update). */
export const drilldownRefunds = async (
  ctx: TServerContext,
  scope: TDrillScope,
  from: Date,
  to: Date,
  currency?: Currency,
): Promise<TDrillRow[]> => {
  const charges = await db.charge.findMany({
    where: {
      agreement: countedAgreementWhere(ctx, scope),
      refundedAmount: { gt: 0 },
      updatedAt: { gte: from },
      ...(currency ? { currency } : {}),
    },
    select: SELECT,
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
  });
  return charges
    .flatMap((c) =>
      refundsOf(c)
        .filter((r) => r.at >= from && r.at < to)
        .map((r, i) => row(c, r.at, r.amount, `${c.id}#${i}`)),
    )
    .sort((a, b) => a.date!.getTime() - b.date!.getTime());
};
