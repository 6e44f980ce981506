import "server-only";
import { db } from "@/lib/db";
import type { TStopReason } from "@/lib/domain/stop-reasons";
import { customerLabel, type TDrillRow } from "@/lib/domain/metrics/drilldown-row";
import type { TServerContext } from "@/lib/server/context/server-context";
import { countedAgreementWhere, type TDrillScope } from "./drilldown-scope";

/** "NONE" stands for answers without a reason. */
export type TReasonFilter = TStopReason | "NONE";

/**
 * The stop flow's standing decisions in [from, to) (a stop undone or replaced is left out): the
 * stops, or the offers taken instead (a pause or a plan change), optionally for one reason.
 */
export const drilldownStops = async (
  ctx: TServerContext,
  scope: TDrillScope,
  from: Date,
  to: Date,
  outcome: "stopped" | "kept",
  reason: TReasonFilter | null,
): Promise<TDrillRow[]> => {
  const answers = await db.stopFeedback.findMany({
    where: {
      agreement: countedAgreementWhere(ctx, scope),
      replacedAt: null,
      createdAt: { gte: from, lt: to },
      outcome: outcome === "stopped" ? "STOPPED" : { not: "STOPPED" },
      ...(reason ? { reason: reason === "NONE" ? null : reason } : {}),
    },
    select: {
      id: true,
      reason: true,
      outcome: true,
      createdAt: true,
      agreement: {
        select: {
          id: true,
          externalId: true,
          productName: true,
          customer: { select: { name: true, email: true } },
        },
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return answers.map((f) => ({
    key: f.id,
    kind: "agreement",
    targetId: f.agreement.id,
    reference: f.agreement.externalId,
    customer: customerLabel(f.agreement.customer),
    product: f.agreement.productName,
    status: null,
    date: f.createdAt,
    currency: null,
    amount: null,
    note: f.outcome,
    reason: f.reason ?? "NONE",
  }));
};
