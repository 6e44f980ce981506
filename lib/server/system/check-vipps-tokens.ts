import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { TAdminActor } from "@/lib/server/admin/admin-actor";
import { checkConnection } from "@/lib/server/admin/check-connection";
import { systemContext } from "@/lib/server/context/build-context";

export type TTokenCheck = {
  salesUnitId: string;
  name: string;
  market: string;
  environment: string;
  msn: string;
  ok: boolean;
  message: string;
};

/**
 * Fetches a fresh access token (and makes one harmless read) for every sales unit, through the same
 * check onboarding uses: expired or rotated keys show here before a charge run finds them. One unit's
 * failure never hides another's answer.
 */
export const checkVippsTokens = async (_: { actor: TAdminActor }): Promise<TTokenCheck[]> => {
  const units = await db.salesUnit.findMany({
    orderBy: [{ environment: "asc" }, { market: "asc" }],
    select: { id: true, merchantId: true, name: true, market: true, environment: true, msn: true },
  });
  return Promise.all(
    units.map(async (unit) => {
      // Vipps's answers come back as results; anything thrown is ours (e.g. keys that do not decrypt).
      const result = await checkConnection(
        await systemContext({ merchantId: unit.merchantId }),
        unit.id,
      ).catch((error: unknown) => {
        logger.error({ err: error, salesUnitId: unit.id }, "Vipps token check could not run");
        return { ok: false, message: "The check could not run for this sales unit; the server log has why." };
      });
      return {
        salesUnitId: unit.id,
        name: unit.name,
        market: unit.market,
        environment: unit.environment,
        msn: unit.msn,
        ok: result.ok,
        message: result.message,
      };
    }),
  );
};
