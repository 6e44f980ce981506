import "server-only";
import { db } from "@/lib/db";
import type { Agreement } from "@/lib/generated/prisma/client";
import type { Currency } from "@/lib/generated/prisma/enums";
import { upcomingCharges } from "@/lib/domain/billing-calendar";
import { addDays, toDateOnly } from "@/lib/domain/periods";
import { calendarAgreementOf, type TCalendarColumns } from "@/lib/server/agreements/billing-plan";
import { customerLabel, type TDrillRow } from "@/lib/domain/metrics/drilldown-row";
import type { TServerContext } from "@/lib/server/context/server-context";
import type { TDrillScope } from "./drilldown-scope";

/**
 * The context merchant's charges due from today (ctx.now) through today + days: those already created and not yet decided, and each
 * active subscription's next periods as the scheduler will plan them (projectCharges). The
 * projected rows link to their subscription, the created ones to the charge.
 */
export const drilldownUpcoming = async (
  ctx: TServerContext,
  scope: TDrillScope,
  days: number,
  currency?: Currency,
): Promise<TDrillRow[]> => {
  const { now } = ctx;
  const today = toDateOnly(now);
  const last = addDays(today, days);
  const active = {
    merchantId: ctx.merchantId,
    status: "ACTIVE" as const,
    customerId: { not: null },
    isTest: false,
    salesUnit: { environment: scope.environment },
    ...(currency ? { currency } : {}),
  };
  const [created, agreements] = await Promise.all([
    db.charge.findMany({
      where: {
        agreement: active,
        status: { in: ["PENDING", "DUE", "PROCESSING"] },
        sendState: { not: "REJECTED" },
        due: { gte: today, lte: last },
      },
      select: {
        id: true,
        orderId: true,
        status: true,
        amount: true,
        currency: true,
        due: true,
        agreement: { select: { productName: true, customer: { select: { name: true, email: true } } } },
      },
    }),
    db.agreement.findMany({
      where: {
        ...active,
        pricingType: { not: "FLEXIBLE" },
        billingAnchor: { not: null },
        nextChargeDate: { lte: last },
      },
      include: { customer: { select: { name: true, email: true } } },
    }),
  ]);
  const rows: TDrillRow[] = created.map((c) => ({
    key: c.id,
    kind: "charge",
    targetId: c.id,
    reference: c.orderId,
    customer: customerLabel(c.agreement.customer),
    product: c.agreement.productName,
    status: c.status,
    date: c.due,
    currency: c.currency,
    amount: c.amount,
    note: "created",
  }));
  for (const a of agreements) {
    const projected = calendarCharges(a, now, days);
    projected.forEach((p, i) =>
      rows.push({
        key: `${a.id}#${i}`,
        kind: "agreement",
        targetId: a.id,
        reference: a.externalId,
        customer: customerLabel(a.customer),
        product: a.productName,
        status: null,
        date: p.due,
        currency: a.currency,
        amount: p.amount,
        note: "projected",
      }),
    );
  }
  return rows.sort((x, y) => x.date!.getTime() - y.date!.getTime() || x.key.localeCompare(y.key));
};

/** The agreement's next charges from the billing calendar, due from today through today + days. */
function calendarCharges(a: Pick<Agreement, TCalendarColumns>, now: Date, days: number) {
  return upcomingCharges(calendarAgreementOf(a), now, addDays(toDateOnly(now), days));
}
