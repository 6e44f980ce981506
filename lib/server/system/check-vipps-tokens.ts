import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { checkConnection } from "@/lib/server/admin/check-connection";
import type { TServerContext } from "@/lib/server/context/server-context";

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
 * Fetches a fresh access token (and makes one harmless read) for every sales unit of the context's
 * merchant (the System page's admin), through the same
 * check onboarding uses: expired or rotated keys show here before a charge run finds them. One unit's
 * failure never hides another's answer.
 */
export const checkVippsTokens = async (ctx: TServerContext): Promise<TTokenCheck[]> => {
  const units = await db.salesUnit.findMany({
    where: { merchantId: ctx.merchantId },
    orderBy: [{ environment: "asc" }, { market: "asc" }],
    select: { id: true, name: true, market: true, environment: true, msn: true },
  });
  return Promise.all(
    units.map(async (unit) => {
      // Vipps's answers come back as results; anything thrown is ours (e.g. keys that do not decrypt).
      const result = await checkConnection(ctx, unit.id).catch((error: unknown) => {
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
