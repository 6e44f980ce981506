import "server-only";
import { machineNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { applyVippsAgreement } from "@/lib/server/agreements/apply-vipps-agreement";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import { getVippsClient } from "@/lib/server/vipps/get-vipps-client";
import { VippsProblemError } from "@/lib/vipps/errors";
import { systemContext } from "@/lib/server/context/build-context";

const PAGE_SIZE = 2000;
// The page read rotates with the run (every 10 minutes), so successive runs cover the whole list.
const RUN_INTERVAL_MS = 10 * 60_000;

/**
 * The cheap half of reconciliation: per sales unit, one page (2,000) of Vipps's STOPPED and of
 * its EXPIRED agreements (ListAgreements, 5 calls a minute per merchant: two per run), compared
 * with Abo's; an agreement Abo still has ACTIVE or PENDING is repaired from the listed state,
 * with no further GET. Returns the number repaired; a 429 skips the unit until the next run.
 */
export const reconcileStoppedList = async (at: Date = machineNow()): Promise<number> => {
  const units = await db.salesUnit.findMany({
    select: { id: true, environment: true, merchant: { select: { activeEnvironment: true } } },
  });
  let repaired = 0;
  for (const unit of units.filter((u) => u.environment === u.merchant.activeEnvironment)) {
    const known = await db.agreement.count({
      where: { salesUnitId: unit.id, vippsAgreementId: { not: null } },
    });
    if (known === 0) continue;
    const pageNumber = (Math.floor(at.getTime() / RUN_INTERVAL_MS) % Math.ceil(known / PAGE_SIZE)) + 1;
    const client = await getVippsClient(unit.id);
    try {
      for (const status of ["STOPPED", "EXPIRED"] as const) {
        const listed = await client.listAgreements({ status, pageNumber, pageSize: PAGE_SIZE });
        const byId = new Map(listed.map((a) => [a.id, a]));
        const drifted = await db.agreement.findMany({
          where: {
            salesUnitId: unit.id,
            vippsAgreementId: { in: [...byId.keys()] },
            status: { in: ["ACTIVE", "PENDING"] },
          },
        });
        for (const agreement of drifted) {
          if (
            !(
              await applyVippsAgreement(
                await systemContext({ merchantId: agreement.merchantId }),
                agreement,
                byId.get(agreement.vippsAgreementId!)!,
                "reconcile",
              )
            ).changed
          )
            continue;
          repaired++;
          await syncAgreementCharges(await systemContext(), agreement.id, "reconcile").catch(
            (error: unknown) =>
              logger.warn({ err: error, agreementId: agreement.id }, "charges not synced yet"),
          );
        }
      }
    } catch (error) {
      if (!(error instanceof VippsProblemError && error.status === 429)) throw error;
    }
  }
  return repaired;
};
