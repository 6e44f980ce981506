import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { auditActor } from "@/lib/server/actor";
import type { TPoliciesInput } from "@/lib/schemas/admin";
import type { TAdminActor } from "./admin-actor";

/** Billing lead time and retries, dunning, and which support actions need an admin. */
export const updatePolicies = async (input: TPoliciesInput & { actor: TAdminActor }) => {
  const { actor, ...data } = input;
  const merchant = await db.merchant.findFirst({
    select: {
      id: true,
      chargeLeadDays: true,
      defaultRetryDays: true,
      captureWarningDays: true,
      dunningEmailEnabled: true,
      dunningStopAfterFailures: true,
      refundAdminThreshold: true,
      stopRequiresAdmin: true,
    },
  });
  if (!merchant) throw new AppError("CONFLICT", "Set up the shop first (/setup).");
  const { id, ...before } = merchant;
  await db.$transaction(async (tx) => {
    await tx.merchant.update({ where: { id }, data });
    await recordAudit(
      {
        actor: auditActor(actor),
        action: "merchant.policies-updated",
        target: { type: "merchant", id },
        before,
        after: data,
      },
      tx,
    );
  });
  return { saved: true };
};
