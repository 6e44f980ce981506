import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** Whose book a drill-down reads: one merchant, in the environment it runs in. */
export type TDrillScope = { merchantId: string; environment: "TEST" | "PRODUCTION" };

/**
 * The agreements every figure counts, as Prisma and as SQL: the merchant's real customers'
 * (the go-live verification's test agreements have none and are flagged isTest), in the
 * environment the shop runs in, once activated. The same rule as scope.ts, written for rows.
 */
export const countedAgreementWhere = (scope: TDrillScope): Prisma.AgreementWhereInput => ({
  merchantId: scope.merchantId,
  customerId: { not: null },
  activatedAt: { not: null },
  isTest: false,
  salesUnit: { environment: scope.environment },
});

/** When an agreement ended: a stopped or expired one at its stop (else its last update); null while it runs. */
export const endedAt = (a: { status: string; stoppedAt: Date | null; updatedAt: Date }): Date | null =>
  a.status === "STOPPED" || a.status === "EXPIRED" ? (a.stoppedAt ?? a.updatedAt) : null;

export const customerLabel = (c: { name: string | null; email: string | null } | null) =>
  c?.name ?? c?.email ?? "";
