import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { TServerContext } from "@/lib/server/context/server-context";
import { adminActor } from "./admin-actor";
import { productionBlockers } from "./production-readiness";

/**
 * Moves the shop between the test and the production environment: new sign-ups and billing use
 * the sales units of that environment from now on. Production needs, in this order, a passed
 * connection test of the test units, a passed go-live verification in test and, for every market the
 * test units sell in, a production unit whose keys work and whose webhook is registered
 * (productionBlockers, whose reasons are shown). Switching back to test is always allowed.
 */
export const setEnvironment = async (ctx: TServerContext, input: { environment: "TEST" | "PRODUCTION" }) => {
  adminActor(ctx); // admins only: refuses anyone else
  const merchant = await db.merchant.findUnique({
    where: { id: ctx.merchantId },
    select: { id: true, activeEnvironment: true, onboardingCompletedAt: true },
  });
  if (!merchant) throw new AppError("CONFLICT", "setUpShopFirst");
  if (merchant.activeEnvironment === input.environment) return { environment: input.environment };
  if (input.environment === "PRODUCTION") await requireReadyForProduction(ctx);
  await db.$transaction(async (tx) => {
    await tx.merchant.update({
      where: { id: merchant.id },
      data: {
        activeEnvironment: input.environment,
        ...(input.environment === "PRODUCTION"
          ? { onboardingCompletedAt: merchant.onboardingCompletedAt ?? ctx.now }
          : {}),
      },
    });
    await recordAudit(
      ctx,
      {
        action: "merchant.environment-switched",
        target: { type: "merchant", id: merchant.id },
        before: { environment: merchant.activeEnvironment },
        after: { environment: input.environment },
      },
      tx,
    );
  });
  return { environment: input.environment };
};

async function requireReadyForProduction(ctx: TServerContext): Promise<void> {
  const problems = await productionBlockers(ctx);
  if (problems.length) throw new AppError("CONFLICT", "beforeGoingLive", { problems: problems.join("; ") });
}
