import "server-only";
import { db } from "@/lib/db";
import type { TServerContext } from "@/lib/server/context/server-context";
import { productionBlockers } from "./production-readiness";

export type TOnboardingUnit = {
  id: string;
  name: string;
  environment: "TEST" | "PRODUCTION";
  market: "NO" | "DK" | "FI";
  msn: string;
  subscriptionKeyHint: string;
  connectionOk: boolean | null;
  connectionError: string | null;
  connectionCheckedAt: Date | null;
  webhookUrl: string | null;
  webhookRegisteredAt: Date | null;
  /** What Abo last found wrong with the registration at Vipps (checkWebhook); null when it matched. */
  webhookProblem: string | null;
  webhookCheckedAt: Date | null;
  lastCheck: { status: "RUNNING" | "PASSED" | "FAILED"; startedAt: Date; error: string | null } | null;
};

export type TOnboarding = {
  merchant: { name: string; activeEnvironment: "TEST" | "PRODUCTION"; onboardingCompletedAt: Date | null };
  units: TOnboardingUnit[];
  products: { total: number; live: number; firstLiveSlug: string | null };
  steps: {
    keys: boolean;
    connection: boolean;
    webhooks: boolean;
    product: boolean;
    checklist: boolean;
    production: boolean;
  };
  /** Why "Switch to production" is not possible yet, in the wizard's order (productionBlockers). */
  productionBlockers: string[];
};

/** Where the context's merchant stands in the onboarding wizard; only key hints, never keys. */
export const getOnboarding = async (ctx: TServerContext): Promise<TOnboarding | null> => {
  const merchant = await db.merchant.findUnique({
    where: { id: ctx.merchantId },
    select: { id: true, name: true, activeEnvironment: true, onboardingCompletedAt: true },
  });
  if (!merchant) return null;
  const [units, total, live, blockers] = await Promise.all([
    db.salesUnit.findMany({
      where: { merchantId: merchant.id },
      orderBy: [{ environment: "desc" }, { createdAt: "asc" }],
      select: {
        id: true,
        name: true,
        environment: true,
        market: true,
        msn: true,
        subscriptionKeyHint: true,
        connectionOk: true,
        connectionError: true,
        connectionCheckedAt: true,
        webhookUrl: true,
        webhookRegisteredAt: true,
        webhookProblem: true,
        webhookCheckedAt: true,
        checklistRuns: {
          orderBy: { startedAt: "desc" },
          take: 1,
          select: { status: true, startedAt: true, error: true },
        },
      },
    }),
    db.product.count({ where: { merchantId: merchant.id } }),
    db.product.findMany({
      where: { merchantId: merchant.id, status: "LIVE" },
      orderBy: { launchedAt: "asc" },
      select: { slug: true },
    }),
    productionBlockers(ctx),
  ]);
  const shaped = units.map(({ checklistRuns, ...unit }) => ({
    ...unit,
    lastCheck: checklistRuns[0] ?? null,
  }));
  const test = shaped.filter((u) => u.environment === "TEST");
  const production = shaped.filter((u) => u.environment === "PRODUCTION");
  return {
    merchant: {
      name: merchant.name,
      activeEnvironment: merchant.activeEnvironment,
      onboardingCompletedAt: merchant.onboardingCompletedAt,
    },
    units: shaped,
    products: { total, live: live.length, firstLiveSlug: live[0]?.slug ?? null },
    steps: {
      keys: test.length > 0,
      connection: test.length > 0 && test.every((u) => u.connectionOk === true),
      // Abo's own record is not enough: the registration must also be there at Vipps as last read.
      webhooks:
        test.length > 0 && test.every((u) => u.webhookRegisteredAt !== null && u.webhookProblem === null),
      product: live.length > 0,
      checklist: test.some((u) => u.lastCheck?.status === "PASSED"),
      production: merchant.activeEnvironment === "PRODUCTION" && production.length > 0,
    },
    productionBlockers: merchant.activeEnvironment === "PRODUCTION" ? [] : blockers,
  };
};
