import "server-only";
import { machineMs } from "@/lib/clock";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import type { TServerContext } from "@/lib/server/context/server-context";
import { customerOf } from "./require-own-agreement";

// The agreement page is where Vipps's "Manage agreement" lands (merchantAgreementUrl), often right
// after the customer did something in the app. Webhooks normally have told us already; if we have
// not heard from Vipps for a while, we ask, but never keep the page waiting long for it.
const STALE_AFTER_MS = 60_000;
const WAIT_AT_MOST_MS = 1_500;

/** Re-reads one of the context's customer's live agreements from Vipps when our copy is stale. */
export const syncSubscription = async (
  ctx: TServerContext,
  { agreementId }: { agreementId: string },
): Promise<void> => {
  const agreement = await db.agreement.findFirst({
    where: {
      id: agreementId,
      customerId: customerOf(ctx).customerId,
      merchantId: ctx.merchantId,
      status: { in: ["PENDING", "ACTIVE"] },
      vippsAgreementId: { not: null },
    },
    select: { id: true, lastSyncedAt: true },
  });
  if (
    !agreement ||
    (agreement.lastSyncedAt && machineMs() - agreement.lastSyncedAt.getTime() < STALE_AFTER_MS)
  )
    return;
  const refresh = refreshAgreement(ctx, agreement.id, "refresh").catch((error: unknown) => {
    logger.warn({ err: error, agreementId }, "could not refresh the agreement for its page");
  });
  await Promise.race([refresh, new Promise((resolve) => setTimeout(resolve, WAIT_AT_MOST_MS))]);
};
