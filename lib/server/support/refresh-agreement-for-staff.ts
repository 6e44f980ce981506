import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { agreementSnapshot } from "@/lib/domain/agreement-snapshot";
import { refreshAgreement } from "@/lib/server/agreements/refresh-agreement";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { syncAgreementCharges } from "@/lib/server/charges/sync-agreement-charges";
import type { TServerContext } from "@/lib/server/context/server-context";

/**
 * Reads an agreement of ctx.merchantId and all its charges from Vipps on a staff member's (ctx.actor)
 * request, noted in the audit log.
 */
export const refreshAgreementForStaff = async (ctx: TServerContext, input: { agreementId: string }) => {
  const before = await db.agreement.findUnique({
    where: { id: input.agreementId, merchantId: ctx.merchantId },
  });
  if (!before) throw new AppError("NOT_FOUND", "agreementWasNotFound");
  const result = await refreshAgreement(ctx, before.id, "refresh");
  // refreshAgreement reads the charges only when the status moved; staff asked for everything.
  const charges = result.changed
    ? { changed: 0, imported: 0 }
    : await syncAgreementCharges(ctx, before.id, "refresh");
  const after = await db.agreement.findUniqueOrThrow({ where: { id: before.id } });
  await recordAudit(ctx, {
    action: "agreement.refresh",
    target: { type: "agreement", id: before.id },
    customerId: before.customerId,
    agreementId: before.id,
    before: agreementSnapshot(before),
    after: {
      ...agreementSnapshot(after),
      chargesChanged: charges.changed,
      chargesImported: charges.imported,
    },
  });
  return {
    changed: result.changed,
    status: after.status,
    chargesChanged: charges.changed,
    chargesImported: charges.imported,
  };
};
