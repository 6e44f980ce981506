import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import type { TAdminActor } from "./admin-actor";

/**
 * Moves the shop between the test and the production environment: new sign-ups and billing use
 * the sales units of that environment from now on. Production needs a passed go-live verification
 * in test and, for every market the test units sell in, a production unit whose keys work and whose
 * webhook is registered. Switching back to test is always allowed (e.g. to rehearse a change).
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
          ? { onboardingCompletedAt: merchant.onboardingCompletedAt ?? new Date() }
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
  const units = await db.salesUnit.findMany({
    where: { merchantId },
    select: { id: true, market: true, environment: true, connectionOk: true, webhookId: true },
  });
  const passed = await db.checklistRun.count({
    where: { status: "PASSED", salesUnit: { merchantId, environment: "TEST" } },
  });
  const problems: string[] = [];
  if (passed === 0) problems.push("pass the go-live verification in the test environment");
  const production = units.filter((u) => u.environment === "PRODUCTION");
  if (production.length === 0) problems.push("add your production keys");
  for (const market of new Set(units.filter((u) => u.environment === "TEST").map((u) => u.market))) {
    if (!production.some((u) => u.market === market)) problems.push(`add production keys for ${market}`);
  }
  if (production.some((u) => u.connectionOk !== true)) problems.push("test the production connection");
  if (production.some((u) => !u.webhookId)) problems.push("register webhooks for production");
  if (problems.length) throw new AppError("CONFLICT", `Before going live: ${problems.join("; ")}.`);
}
