import "server-only";
import { db } from "@/lib/db";
import { machineMs, machineNow } from "@/lib/clock";
import { addDays } from "@/lib/domain/periods";
import { logger } from "@/lib/logger";
import type { TServerContext } from "@/lib/server/context/server-context";
import { VippsProblemError } from "@/lib/vipps/errors";
import { reconcileAgreement } from "./reconcile-agreement";
import { reconcileStoppedList } from "./reconcile-stopped-list";
import { runConcurrently } from "@/lib/run-concurrently";

// Refunds can be made for 365 days after capture, so ended agreements stay in the rotation a while.
const ENDED_KEPT_DAYS = 400;
const PENDING_GRACE_MS = 15 * 60_000;

export type TReconcileResult = {
  checked: number;
  agreementsRepaired: number;
  chargesRepaired: number;
  imported: number;
  rateLimited: boolean;
};

/**
 * Compares Abo with Vipps and repairs drift (a refund or stop made outside Abo, a missed webhook).
 * First a page of Vipps's stopped and expired agreements per sales unit (reconcile-stopped-list.ts),
 * then, incremental and bounded: each run takes the `limit` agreements that were synced longest ago,
 * reads each (GetAgreement, 120/min per agreement) and lists its charges (ListCharges, 10/min per
 * agreement), and applies them (reconcile-agreement.ts; every repair audited as SYSTEM). The
 * rotation visits every live agreement in turn; a 429 ends the run early (the next run goes on).
 * (ListAgreements has no "changed since" filter, so only this rotation finds charge drift.)
 * Every merchant's agreements (the run is the system's); "ended a while ago" counts from `ctx.now`.
 */
export const reconcileAgreements = async (
  ctx: TServerContext,
  options: { limit?: number; concurrency?: number } = {},
): Promise<TReconcileResult> => {
  const at = ctx.now;
  const listed = await reconcileStoppedList(ctx).catch((error: unknown) => {
    logger.warn({ err: error }, "reconciliation could not list stopped agreements");
    return 0;
  });
  const candidates = await db.agreement.findMany({
    where: {
      vippsAgreementId: { not: null },
      OR: [
        { status: "ACTIVE" },
        { status: "PENDING", createdAt: { lt: new Date(machineMs() - PENDING_GRACE_MS) } },
        { status: "STOPPED", stoppedAt: { gte: addDays(at, -ENDED_KEPT_DAYS) } },
      ],
    },
    orderBy: [{ lastSyncedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    select: { id: true },
    take: options.limit ?? 200,
  });
  const result: TReconcileResult = {
    checked: 0,
    agreementsRepaired: listed,
    chargesRepaired: 0,
    imported: 0,
    rateLimited: false,
  };
  await runConcurrently(candidates, options.concurrency ?? 4, async ({ id }) => {
    if (result.rateLimited) return;
    try {
      const one = await reconcileAgreement(ctx, id);
      if (one.agreementRepaired) result.agreementsRepaired++;
      result.chargesRepaired += one.chargesRepaired;
      result.imported += one.imported;
      result.checked++;
    } catch (error) {
      if (error instanceof VippsProblemError && error.status === 429) result.rateLimited = true;
      else {
        logger.warn({ err: error, agreementId: id }, "reconciliation could not check an agreement");
        // To the back of the rotation, so one broken agreement cannot hold a place in every run.
        await db.agreement
          .update({ where: { id }, data: { lastSyncedAt: machineNow() } })
          .catch(() => undefined);
      }
    }
  });
  if (result.agreementsRepaired || result.chargesRepaired || result.imported)
    logger.info(result, "reconciliation repaired drift");
  return result;
};
