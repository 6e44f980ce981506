// The raw rows the dashboard oracle (dashboard-oracle.ts) computes from, and the dashboard's
// figures in the oracle's shape: used by the rollup test and the soak test's daily invariants.
import { db } from "@/lib/db";
import type { TDashboard } from "@/lib/server/admin/dashboard/get-dashboard";
import type { TOracleAgreement, TOracleCharge } from "./dashboard-oracle";

export async function readRawRows(): Promise<{ agreements: TOracleAgreement[]; charges: TOracleCharge[] }> {
  const rows = await db.agreement.findMany({ include: { salesUnit: true, product: true } });
  const agreements = rows.map((a) => ({
    ...a,
    environment: a.salesUnit.environment,
    productCampaignIntervalUnit: a.product?.campaignIntervalUnit ?? null,
    productCampaignIntervalCount: a.product?.campaignIntervalCount ?? null,
  }));
  const charges = await db.charge.findMany();
  return { agreements, charges };
}

const nonZero = (money: Record<string, number>) =>
  Object.fromEntries(Object.entries(money).filter(([, v]) => v !== 0));

/** The dashboard's figures in the oracle's shape (money without zero entries). */
export function dashboardFigures(d: TDashboard) {
  return {
    buckets: d.buckets.map((b) => ({
      ...b,
      mrr: nonZero(b.mrr),
      recovered: nonZero(b.recovered),
      refunded: nonZero(b.refunded),
    })),
    totals: {
      mrr: nonZero(d.totals.mrr),
      subscribers: d.totals.subscribers,
      activeAtStart: d.totals.activeAtStart,
      started: d.totals.started,
      churnedVoluntary: d.totals.churnedVoluntary,
      churnedFailedPayment: d.totals.churnedFailedPayment,
      succeeded: d.totals.succeeded,
      failed: d.totals.failed,
      recovered: nonZero(d.totals.recovered),
      recoveredCount: d.totals.recoveredCount,
      refunded: nonZero(d.totals.refunded),
      refunds: d.totals.refunds,
    },
    upcoming: { days: d.upcoming.days, totals: d.upcoming.totals, count: d.upcoming.count },
  };
}
