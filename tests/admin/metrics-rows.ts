// The known dataset (metrics-dataset.ts) as table rows for one merchant, ready to insert through
// Prisma (integration test) or plain SQL (end-to-end test).
import { randomUUID } from "node:crypto";
import { periodStart } from "../../lib/domain/billing-calendar";
import { metricsDataset } from "./metrics-dataset";

export type TRow = Record<string, string | number | boolean | Date | null | object>;

export function metricsRows(now: Date, ids: { merchantId: string; salesUnits: { NO: string; DK: string } }) {
  const { agreements, charges } = metricsDataset(now);
  const run = randomUUID().slice(0, 8);
  const customers = [
    ...new Set(agreements.map((a) => a.customer).filter((c): c is string => c !== null)),
  ].map((key) => ({
    id: `cus-${run}-${key}`,
    merchantId: ids.merchantId,
    email: `${key.toLowerCase()}-${run}@metrics.example`,
    name: `Metrics ${key}`,
  }));
  const agreementId = (key: string) => `agr-${run}-${key}`;
  const agreementRows: TRow[] = agreements.map((a) => {
    const plan =
      a.billingAnchor && a.intervalUnit && a.intervalCount
        ? { anchor: a.billingAnchor, interval: { unit: a.intervalUnit, count: a.intervalCount } }
        : null;
    return {
      id: agreementId(a.key),
      merchantId: ids.merchantId,
      salesUnitId: ids.salesUnits[a.market],
      customerId: a.customer ? `cus-${run}-${a.customer}` : null,
      // No Vipps id: the worker's reconciliation leaves these made-up agreements alone.
      vippsAgreementId: null,
      status: a.status,
      market: a.market,
      currency: a.currency,
      pricingType: a.pricingType,
      amount: a.amount,
      suggestedMaxAmount: a.suggestedMaxAmount,
      maxAmount: a.maxAmount,
      intervalUnit: a.intervalUnit,
      intervalCount: a.intervalCount,
      productName: `Metrics ${a.key}`,
      transactionType: "DIRECT_CAPTURE",
      retryDays: 3,
      campaignType: a.campaignType,
      campaignPrice: a.campaignPrice,
      campaignEnd: a.campaignEnd,
      externalId: agreementId(a.key),
      returnToken: `ret-${run}-${a.key}`,
      draftIdempotencyKey: `agr-${run}-${a.key}`,
      createdAt: a.activatedAt ?? now,
      activatedAt: a.activatedAt,
      stoppedAt: a.stoppedAt,
      stopCause: a.stopCause,
      billingAnchor: a.billingAnchor,
      nextPeriodIndex: a.nextPeriodIndex,
      nextChargeDate: plan ? periodStart(plan, a.nextPeriodIndex) : null,
      stopAt: a.stopAt,
    };
  });
  const customerOf = new Map(agreements.map((a) => [a.key, a.customer ? `cus-${run}-${a.customer}` : null]));
  const chargeRows: TRow[] = charges.map((c) => ({
    id: `chg-${run}-${c.key}`,
    agreementId: agreementId(c.agreement),
    customerId: customerOf.get(c.agreement) ?? null,
    orderId: `abo-${run}-${c.key}`,
    idempotencyKey: `key-${run}-${c.key}`,
    type: c.type,
    status: c.status,
    sendState: "SENT",
    transactionType: "DIRECT_CAPTURE",
    amount: c.amount,
    currency: agreements.find((a) => a.key === c.agreement)!.currency,
    description: `Metrics ${c.key}`,
    due: c.due,
    retryDays: c.type === "RECURRING" ? 3 : null,
    capturedAmount: c.capturedAmount,
    refundedAmount: c.refundedAmount,
    history: c.history,
    createdAt: c.createdAt,
  }));
  return { customers, agreements: agreementRows, charges: chargeRows };
}
