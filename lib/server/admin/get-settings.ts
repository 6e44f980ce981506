import "server-only";
import { db } from "@/lib/db";
import { toMajorString } from "@/lib/domain/money";
import { SHOP_PROFILE_SELECT } from "@/lib/server/merchant/get-shop";
import type { TServerContext } from "@/lib/server/context/server-context";
import { COMPANY_SELECT } from "./update-company-details";

export type TSettings = NonNullable<Awaited<ReturnType<typeof getSettings>>>;

/**
 * Everything the settings page shows: the context's shop, its policies, its sales units (hints only)
 * and its staff.
 */
export const getSettings = async (ctx: TServerContext) => {
  const merchant = await db.merchant.findUnique({
    where: { id: ctx.merchantId },
    select: {
      ...SHOP_PROFILE_SELECT,
      activeEnvironment: true,
      chargeLeadDays: true,
      defaultRetryDays: true,
      captureWarningDays: true,
      dunningEmailEnabled: true,
      dunningStopAfterFailures: true,
      refundAdminThreshold: true,
      stopRequiresAdmin: true,
      ...COMPANY_SELECT,
    },
  });
  if (!merchant) return null;
  const [units, staff] = await Promise.all([
    db.salesUnit.findMany({
      where: { merchantId: merchant.id },
      orderBy: [{ environment: "asc" }, { market: "asc" }],
      select: {
        id: true,
        name: true,
        market: true,
        currency: true,
        environment: true,
        msn: true,
        subscriptionKeyHint: true,
        connectionOk: true,
      },
    }),
    db.user.findMany({
      where: { merchantId: merchant.id, role: { in: ["SUPPORT", "ADMIN"] } },
      orderBy: [{ role: "asc" }, { email: "asc" }],
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabled: true,
        lastLoginAt: true,
        passwordHash: true,
      },
    }),
  ]);
  const { refundAdminThreshold, ...rest } = merchant;
  return {
    merchant: {
      ...rest,
      refundAdminThreshold: refundAdminThreshold === null ? "" : toMajorString(refundAdminThreshold),
    },
    units,
    // Whether a password is set is all the page learns about it.
    staff: staff.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role as "SUPPORT" | "ADMIN",
      disabled: u.disabled,
      pending: !u.passwordHash,
      lastLoginAt: u.lastLoginAt,
    })),
  };
};
