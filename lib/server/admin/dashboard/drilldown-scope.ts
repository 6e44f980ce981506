import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TServerContext } from "@/lib/server/context/server-context";

/** Which book a drill-down reads: the context merchant's, in the environment it runs in. */
export type TDrillScope = { environment: "TEST" | "PRODUCTION" };

/**
 * The agreements every figure counts, as Prisma: the context merchant's real customers' (the
 * go-live verification's test agreements have none and are flagged isTest), in the environment the
 * shop runs in, once activated. The same rule as scope.ts, written for rows.
 */
export const countedAgreementWhere = (
  ctx: TServerContext,
  scope: TDrillScope,
): Prisma.AgreementWhereInput => ({
  merchantId: ctx.merchantId,
  customerId: { not: null },
  activatedAt: { not: null },
  isTest: false,
  salesUnit: { environment: scope.environment },
});
