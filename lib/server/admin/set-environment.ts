import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import type { TAdminActor } from "./admin-actor";
import { blockersSentence, productionBlockers } from "./production-readiness";

/**
 * Moves the shop between the test and the production environment: new sign-ups and billing use
 * the sales units of that environment from now on. Production needs, in this order, a passed
 * connection test of the test units, a passed go-live verification in test and, for every market the
 * test units sell in, a production unit whose keys work and whose webhook is registered
 * (productionBlockers, whose reasons are shown). Switching back to test is always allowed.
 */
export const setEnvironment = async (input: { environment: "TEST" | "PRODUCTION"; actor: TAdminActor }) => {
  const merchant = await db.merchant.findFirst({
    select: { id: true, activeEnvironment: true, onboardingCompletedAt: true },
  });
  if (!merchant) throw new AppError("CONFLICT", "Set up the shop first (/setup).");
  if (merchant.activeEnvironment === input.environment) return { environment: input.environment };
  if (input.environment === "PRODUCTION") await requireReadyForProduction(merchant.id);
  await db.$transaction(async (tx) => {
    await tx.merchant.update({
      where: { id: merchant.id },
      data: {
        activeEnvironment: input.environment,
        ...(input.environment === "PRODUCTION"
          ? { onboardingCompletedAt: merchant.onboardingCompletedAt ?? (await now(tx)) }
          : {}),
      },
    });
    await recordAudit(
      {
        actor: auditActor(input.actor),
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

async function requireReadyForProduction(merchantId: string): Promise<void> {
  const problems = await productionBlockers(merchantId);
  if (problems.length) throw new AppError("CONFLICT", blockersSentence(problems));
}
